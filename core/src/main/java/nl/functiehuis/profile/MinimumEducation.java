package nl.functiehuis.profile;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** The minimum education a profile asks, as written, with the level when the text states one. */
public record MinimumEducation(String text, @Nullable EducationLevel level, @Nullable String ideal) {
    public MinimumEducation {
        text = Checks.text(text, "text");
        ideal = Checks.optional(ideal);
    }
}
