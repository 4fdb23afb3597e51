package nl.functiehuis.publish;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import org.jspecify.annotations.Nullable;

/** A competency a profile asks, with what its dictionary says about it and about the level asked. */
record PrintedRequirement(
        String name,
        @Nullable LevelLetter letter,
        @Nullable String dimension,
        @Nullable String definition,
        @Nullable String levelName,
        List<String> indicators) {

    static PrintedRequirement of(CompetencyRequirement requirement, @Nullable CompetencyDictionary dictionary) {
        Optional<Competency> competency = dictionary == null ? Optional.empty() : dictionary.find(requirement.competency());
        LevelLetter letter = requirement.level();
        if (dictionary == null || competency.isEmpty()) {
            return new PrintedRequirement(requirement.competency(), letter, null, null, null, List.of());
        }
        Competency c = competency.get();
        String dimension = dictionary.dimension(c.dimension()).map(d -> d.name()).orElse(c.dimension());
        Optional<BehaviourLevel> level = letter == null ? Optional.empty() : c.level(letter);
        return new PrintedRequirement(c.name(), letter, dimension, c.definition(),
                level.map(BehaviourLevel::name).orElse(null), level.map(BehaviourLevel::indicators).orElse(List.of()));
    }

    public boolean known() {
        return dimension != null;
    }
}
