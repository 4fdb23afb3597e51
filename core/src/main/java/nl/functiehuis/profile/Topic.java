package nl.functiehuis.profile;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** A knowledge or skill topic (vakkennis): a name and what the employee knows or can do there. */
public record Topic(String name, @Nullable String description) {
    public Topic {
        name = Checks.text(name, "name");
        description = Checks.optional(description);
    }
}
