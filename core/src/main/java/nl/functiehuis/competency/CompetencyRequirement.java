package nl.functiehuis.competency;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** A competency a profile asks for, by name, at a behaviour level when its dictionary grades levels. */
public record CompetencyRequirement(String competency, @Nullable LevelLetter level) {
    public CompetencyRequirement {
        competency = Checks.text(competency, "competency");
    }
}
