package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormFunction;
import org.jspecify.annotations.Nullable;

/**
 * An enriched profile keeps its base norm function's competencies, levels and minimum education: it adds
 * qualifications, it does not change the function.
 */
final class EnrichedVsBase {
    private EnrichedVsBase() {}

    static List<Finding> check(FunctionProfile profile, HouseView house) {
        if (!(profile instanceof EnrichedProfile e)) {
            return List.of();
        }
        Optional<FunctionProfile> found = house.profile(e.baseCode().value());
        if (found.isEmpty() || !(found.get() instanceof NormFunction base)) {
            return List.of(Finding.of(e, "baseCode", "Het basisprofiel " + e.baseCode()
                    + " is geen normfunctie van dit functiehuis. Importeer het of verwijs naar een bestaande normfunctie."));
        }
        String of = " van basisprofiel " + base.code();
        List<Finding> findings = new ArrayList<>();
        List<Listed> own = Listed.of(e);
        for (CompetencyRequirement r : base.content().competencies()) {
            Optional<Listed> mine = own.stream().filter(l -> Listed.fold(l.competency()).equals(Listed.fold(r.competency())))
                    .findFirst();
            if (mine.isEmpty()) {
                findings.add(Finding.of(e, "content.competencies", "De competentie '" + r.competency() + "'" + of
                        + " ontbreekt. Neem haar over op niveau " + r.level() + "."));
            } else if (!Objects.equals(mine.get().level(), r.level())) {
                findings.add(Finding.of(e, mine.get().levelField(), "'" + r.competency() + "' staat hier op niveau "
                        + mine.get().level() + ", in het basisprofiel op niveau " + r.level() + ". Neem het niveau"
                        + of + " over."));
            }
        }
        for (Listed l : own) {
            if (base.content().competencies().stream().noneMatch(r -> Listed.fold(r.competency()).equals(Listed.fold(l.competency())))) {
                findings.add(Finding.of(e, l.nameField(), "De competentie '" + l.competency() + "' staat niet in het"
                        + " basisprofiel " + base.code() + ". Schrap haar, of neem haar ook in de normfunctie op."));
            }
        }
        education(e, base, of).ifPresent(findings::add);
        return findings;
    }

    private static Optional<Finding> education(EnrichedProfile e, NormFunction base, String of) {
        EducationLevel mine = level(e.content().minimumEducation());
        EducationLevel theirs = level(base.content().minimumEducation());
        if (mine == null || theirs == null || mine.equals(theirs)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(e, "content.minimumEducation", "De minimale opleiding (" + mine.label()
                + ") wijkt af van die" + of + " (" + theirs.label() + "). Maak ze gelijk, of pas de normfunctie aan"
                + " als het verrijkte profiel terecht meer of minder vraagt."));
    }

    private static @Nullable EducationLevel level(@Nullable MinimumEducation education) {
        return education == null ? null : education.level();
    }
}
