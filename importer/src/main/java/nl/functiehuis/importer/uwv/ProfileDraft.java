package nl.functiehuis.importer.uwv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.text.DutchDates;
import nl.functiehuis.profile.FocusArea;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/** Builds the domain profile, its status and effective date from what the reader found. */
final class ProfileDraft {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ORGANISATION = Pattern.compile(
            "organisatie van (?:de\\s+|het\\s+)?((?:gemeente|provincie|waterschap)\\s+\\p{Lu}[\\p{L}-]*|\\p{Lu}{2,}(?![\\p{L}]))");

    private ProfileDraft() {}

    static DraftProfile build(OrganisationProfileReader.Read read, List<String> texts, ImportReport report) {
        var facts = read.facts();
        var summary = facts.summary();
        Location at = summary.at() == null ? facts.titleAt() : summary.at();
        String title = value(summary, SummaryField.NAME).orElseGet(() -> facts.title().replaceFirst("^\\S+\\s+", ""));
        ProfileCode code = code(summary, title, at, report);
        List<String> frameworks = new ArrayList<>();
        if (facts.frameworks() != null) {
            Optional.ofNullable(facts.frameworks().intro()).ifPresent(frameworks::add);
            frameworks.addAll(facts.frameworks().texts());
        }
        var profile = new OrganisationProfile(code, title, organisation(texts),
                facts.department() == null ? null : facts.department().name(), null, null,
                value(summary, SummaryField.PURPOSE).orElse(null), scale(summary, report),
                value(summary, SummaryField.TYPE).orElse(null), value(summary, SummaryField.THINKING_LEVEL).orElse(null),
                read.areas(), frameworks, facts.professional() == null ? List.of() : facts.professional().texts(),
                read.competencies(), read.contextText(), focusAreas(facts.context()));
        return new DraftProfile(profile, status(summary, report), date(summary, report));
    }

    private static Optional<String> value(OrganisationProfileFacts.Summary summary, SummaryField field) {
        return summary.entry(field).map(SummaryEntry::value).filter(v -> !v.isBlank());
    }

    private static ProfileCode code(OrganisationProfileFacts.Summary summary, String title, Location at, ImportReport report) {
        Optional<SummaryEntry> entry = summary.entry(SummaryField.CODE);
        try {
            if (entry.isPresent() && !entry.get().value().isBlank()) {
                return ProfileCode.of(entry.get().value());
            }
        } catch (InvalidValue e) {
            report.warn(entry.get().at(), "functiecode '" + entry.get().value() + "' is onbruikbaar: " + e.problem());
        }
        String slug = ProfileCode.slugOf(title);
        report.warn(at, "geen functiecode gevonden; tijdelijke code ORG-" + slug + " gebruikt");
        return ProfileCode.of(("ORG-" + slug).substring(0, Math.min(60, slug.length() + 4)));
    }

    private static @Nullable Integer scale(OrganisationProfileFacts.Summary summary, ImportReport report) {
        Optional<SummaryEntry> entry = summary.entry(SummaryField.GRADE);
        Matcher m = NUMBER.matcher(entry.map(SummaryEntry::value).orElse(""));
        if (entry.isEmpty() || !m.find()) {
            return null;
        }
        int scale = Integer.parseInt(m.group());
        if (scale < 1 || scale > 18) {
            report.warn(entry.get().at(), "functie-indeling " + scale + " is geen schaal (1-18); niet overgenomen");
            return null;
        }
        return scale;
    }

    private static VersionStatus status(OrganisationProfileFacts.Summary summary, ImportReport report) {
        Optional<SummaryEntry> entry = summary.entry(SummaryField.STATUS);
        try {
            return entry.map(e -> VersionStatus.parse(e.value(), "status")).orElse(VersionStatus.CONCEPT);
        } catch (InvalidValue e) {
            report.warn(entry.get().at(), "status '" + entry.get().value() + "' onbekend; het profiel wordt een concept");
            return VersionStatus.CONCEPT;
        }
    }

    private static @Nullable LocalDate date(OrganisationProfileFacts.Summary summary, ImportReport report) {
        Optional<SummaryEntry> entry = summary.entry(SummaryField.START);
        Optional<LocalDate> date = entry.flatMap(e -> DutchDates.date(e.value()));
        if (entry.isPresent() && date.isEmpty()) {
            report.warn(entry.get().at(), "ingangsdatum '" + entry.get().value() + "' is geen datum");
        }
        return date.orElse(null);
    }

    /** The organisation the text says the employee should know: "de organisatie van UWV", "… van de gemeente X". */
    static @Nullable String organisation(List<String> texts) {
        for (String text : texts) {
            Matcher m = ORGANISATION.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static List<FocusArea> focusAreas(@Nullable ContextFacts context) {
        if (context == null) {
            return List.of();
        }
        return context.focusAreas().stream()
                .map(f -> new FocusArea(f.name(), f.extraTask() != null ? f.extraTask() : f.text())).toList();
    }
}
