package nl.functiehuis.importer.booklet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.booklet.Copies.Copy;
import nl.functiehuis.importer.booklet.Inconsistency.Kind;
import nl.functiehuis.profile.EducationLevel;

/**
 * An enriched profile repeats the content of its norm function. This compares each enriched profile
 * with its base, section by section, and reports where the copy says something else.
 */
final class BaseComparison {
    private BaseComparison() {}

    static void compare(List<ProfileFacts> profiles, Findings findings, ImportReport report) {
        Map<String, ProfileFacts> byCode = new HashMap<>();
        profiles.forEach(p -> byCode.putIfAbsent(BookletCode.of(p.codeText()).written(), p));
        for (ProfileFacts p : profiles) {
            BookletCode code = BookletCode.of(p.codeText());
            if (!code.enriched()) {
                continue;
            }
            Optional<ProfileFacts> base = Optional.ofNullable(byCode.get(code.base()));
            if (base.isEmpty()) {
                report.warn(p.code().at(), "verrijkt profiel " + p.codeText() + ": basisprofiel " + code.base() + " staat niet in het boekje");
                continue;
            }
            compare(base.get(), p, findings);
        }
    }

    private static void compare(ProfileFacts base, ProfileFacts p, Findings findings) {
        String b = base.codeText();
        String e = p.codeText();
        section("overwegende functiekenmerken", base.characteristics(), p.characteristics(), b, e, findings);
        section("kritische werksituaties", base.criticalSituations().stream().map(s -> s.title()).toList(),
                p.criticalSituations().stream().map(s -> s.title()).toList(), b, e, findings);
        section("competenties", base.competencies().stream().map(BaseComparison::asked).toList(),
                p.competencies().stream().map(BaseComparison::asked).toList(), b, e, findings);
        section("kennis", base.knowledge(), p.knowledge(), b, e, findings);
        section("vaardigheden", base.skills(), p.skills(), b, e, findings);
        if (!base.education().isEmpty() && !p.education().isEmpty()) {
            EducationLevel lb = EducationText.level(base.education().get(0).text());
            EducationLevel le = EducationText.level(p.education().get(0).text());
            if (!Objects.equals(lb, le)) {
                findings.note("opleiding|" + b, Kind.BASE_DIVERGENCE, "minimale opleiding van verrijkt profiel wijkt af van het basisprofiel " + b,
                        List.of(Findings.reading(base.education().get(0), b), Findings.reading(p.education().get(0), e)));
            }
        }
    }

    private static Written asked(ProfileParts.CompetencyText c) {
        return new Written(c.name().text() + " " + (c.letter() == null ? "?" : c.letter().name()), c.name().at());
    }

    private static void section(String what, List<Written> base, List<Written> enriched, String b, String e, Findings findings) {
        Copies.compare(what + " (verrijkt profiel t.o.v. basisprofiel " + b + ")", Kind.BASE_DIVERGENCE,
                new Copy(base, b), new Copy(enriched, e), findings);
    }
}
