package nl.functiehuis.importer.hiring;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.Requirement.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Reads a knock-out requirement (eis): an education level ("mbo niveau 4"), years of experience ("1 tot 3
 * jaar ervaring … in de afgelopen 3 jaar"), a sector ("ervaring opgedaan bij een …"), a system, or else other.
 */
final class RequirementReading {
    private static final Pattern EDUCATION = Pattern.compile("(?i)(?<![\\p{L}])(mbo|hbo|wo)(?:[- ]?niveau)?[- ]?(\\d)?(?![\\p{L}])");
    private static final Pattern YEARS = Pattern.compile(
            "(?i)(?:minimaal\\s+)?(\\d+)\\s*(?:(?:tot|à|a|-|–)\\s*(\\d+)\\s*)?jaar\\s+(?:relevante\\s+)?(?:werk)?ervaring");
    private static final Pattern WITHIN = Pattern.compile("(?i)(?:afgelopen|laatste)\\s+(\\d+)\\s+jaar");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)ervaring\\s+(?:in|als|met)\\s+(?:een\\s+|de\\s+|het\\s+)?(.+?)(?=\\s+opgedaan|\\s+in de (?:afgelopen|laatste)|$)");
    private static final Pattern SECTOR = Pattern.compile("(?i)(?:ervaring|werkzaam)\\s+(?:opgedaan\\s+)?bij\\s+(?:een\\s+|de\\s+)?(.+)$");

    private RequirementReading() {}

    /** The requirement and its key phrase: the words that carry what it asks. */
    record Read(Requirement requirement, String keyPhrase, @Nullable String education) {}

    static Read read(String written) {
        String text = Phrases.asWritten(written);
        String plain = Phrases.clean(written);
        Matcher education = EDUCATION.matcher(plain);
        if (education.find()) {
            Integer level = education.group(1).equalsIgnoreCase("mbo") && education.group(2) != null
                    ? Integer.valueOf(education.group(2)) : null;
            return new Read(new Requirement(text, Kind.EDUCATION, level, null, null, null, education.group()),
                    education.group(), education.group());
        }
        Matcher years = YEARS.matcher(plain);
        if (years.find()) {
            Matcher within = WITHIN.matcher(plain.substring(years.end()));
            Matcher domain = DOMAIN.matcher(plain.substring(years.start()));
            return new Read(new Requirement(text, Kind.EXPERIENCE, null, Integer.valueOf(years.group(1)),
                    years.group(2) == null ? null : Integer.valueOf(years.group(2)),
                    within.find() ? Integer.valueOf(within.group(1)) : null, domain.find() ? domain.group(1).strip() : null),
                    years.group().replaceFirst("(?i)^minimaal\\s+", ""), null);
        }
        Matcher sector = SECTOR.matcher(plain);
        if (sector.find()) {
            return new Read(new Requirement(text, Kind.SECTOR, null, null, null, null, sector.group(1).strip()),
                    sector.group(1).strip(), null);
        }
        Optional<Phrases.SystemName> system = Phrases.system(plain);
        String object = Phrases.object(plain);
        return system.map(s -> new Read(new Requirement(text, Kind.SYSTEM, null, null, null, null, s.name()), object, null))
                .orElseGet(() -> new Read(new Requirement(text, Kind.OTHER, null, null, null, null, object), object, null));
    }
}
