package nl.functiehuis.profile;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A behaviour competency of an organisation profile, with its group (e.g. bedrijfscompetentie,
 * functiecompetentie), definition and an example of the behaviour.
 */
public record BehaviourCompetency(String name, @Nullable String group, @Nullable String definition, @Nullable String example) {
    public BehaviourCompetency {
        name = Checks.text(name, "name");
        group = Checks.optional(group);
        definition = Checks.optional(definition);
        example = Checks.optional(example);
    }
}
