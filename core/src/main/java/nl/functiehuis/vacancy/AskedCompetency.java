package nl.functiehuis.vacancy;

import nl.functiehuis.Checks;
import nl.functiehuis.competency.LevelLetter;
import org.jspecify.annotations.Nullable;

/** A competency a vacancy asks, with the description the request gives and the level when known. */
public record AskedCompetency(String name, @Nullable String description, @Nullable LevelLetter level) {
    public AskedCompetency {
        name = Checks.text(name, "name");
        description = Checks.optional(description);
    }
}
