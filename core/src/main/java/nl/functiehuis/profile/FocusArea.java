package nl.functiehuis.profile;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** An area of attention (aandachtsgebied) within a function, with what it adds to the work. */
public record FocusArea(String name, @Nullable String description) {
    public FocusArea {
        name = Checks.text(name, "name");
        description = Checks.optional(description);
    }
}
