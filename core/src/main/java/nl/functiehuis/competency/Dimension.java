package nl.functiehuis.competency;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A group of competencies: a dimension of the CompetentieBOX (persoonlijk, conceptueel, relationeel,
 * operationeel) or a numbered UWV domain ("2" Ondernemen).
 */
public record Dimension(String code, String name, @Nullable String description) {
    public Dimension {
        code = Checks.text(code, "code");
        name = Checks.text(name, "name");
        description = Checks.optional(description);
    }
}
