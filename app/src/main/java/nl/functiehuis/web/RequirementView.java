package nl.functiehuis.web;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import org.jspecify.annotations.Nullable;

/**
 * A competency a profile asks, with what its dictionary says about it and about the asked level. Public, like
 * the other page views, because the SpEL compiler only compiles calls on public types.
 */
public record RequirementView(
        String name,
        @Nullable LevelLetter letter,
        @Nullable String dimension,
        @Nullable String definition,
        @Nullable String levelName,
        List<String> indicators) {

    static RequirementView of(CompetencyRequirement requirement, @Nullable CompetencyDictionary dictionary) {
        return of(requirement.competency(), requirement.level(), dictionary);
    }

    static RequirementView of(String name, @Nullable LevelLetter letter, @Nullable CompetencyDictionary dictionary) {
        Optional<Competency> competency = dictionary == null ? Optional.empty() : dictionary.find(name);
        if (competency.isEmpty()) {
            return new RequirementView(name, letter, null, null, null, List.of());
        }
        Competency c = competency.get();
        String dimension = dictionary.dimension(c.dimension()).map(d -> d.name()).orElse(c.dimension());
        Optional<BehaviourLevel> level = letter == null ? Optional.empty() : c.level(letter);
        return new RequirementView(c.name(), letter, dimension, c.definition(),
                level.map(BehaviourLevel::name).orElse(null), level.map(BehaviourLevel::indicators).orElse(List.of()));
    }

    /** The level letter of a form value, or null when the value is not one of A–D. */
    static @Nullable LevelLetter letter(String text) {
        for (LevelLetter l : LevelLetter.values()) {
            if (l.name().equals(text)) {
                return l;
            }
        }
        return null;
    }

    public boolean known() {
        return dimension != null;
    }
}
