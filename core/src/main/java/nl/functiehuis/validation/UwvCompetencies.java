package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.LevelledFamily;
import org.jspecify.annotations.Nullable;

/** A levelled family has exactly three core competencies and at most five function-specific ones per level. */
final class UwvCompetencies {
    static final int CORE = 3;
    static final int SPECIFIC = 5;

    private UwvCompetencies() {}

    static List<Finding> core(FunctionProfile profile, HouseView house) {
        if (!(profile instanceof LevelledFamily f)) {
            return List.of();
        }
        Set<String> core = names(f, null);
        if (core.size() == CORE) {
            return List.of();
        }
        String listed = core.isEmpty() ? "geen" : core.size() + " (" + String.join(", ", core) + ")";
        String change = core.size() < CORE ? "Wijs er " + (CORE - core.size()) + " meer aan als kerncompetentie"
                : "Maak er " + (core.size() - CORE) + " functiespecifiek voor een niveau, of schrap ze";
        return List.of(Finding.of(f, "competencies", "Deze functiefamilie heeft " + listed
                + " kerncompetenties; UWV schrijft er precies " + CORE + " voor, die op elk niveau gelden. " + change + "."));
    }

    static List<Finding> specific(FunctionProfile profile, HouseView house) {
        if (!(profile instanceof LevelledFamily f)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (FunctionLevel level : f.levels()) {
            Set<String> specific = names(f, level.letter());
            if (specific.size() > SPECIFIC) {
                findings.add(Finding.of(f, "competencies", "Niveau " + level.letter() + " (" + level.code() + ") heeft "
                        + specific.size() + " functiespecifieke competenties (" + String.join(", ", specific)
                        + "); UWV staat er naast de kerncompetenties hoogstens " + SPECIFIC + " toe. Schrap er "
                        + (specific.size() - SPECIFIC) + "."));
            }
        }
        return findings;
    }

    private static Set<String> names(LevelledFamily f, @Nullable String level) {
        Set<String> names = new LinkedHashSet<>();
        f.competencies().stream().filter(c -> Objects.equals(c.level(), level)).map(DomainCompetency::competency)
                .forEach(names::add);
        return names;
    }
}
