package nl.functiehuis.house;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** A function group (functiegroep) within a series, e.g. N06.01 Publiek. */
public record FunctionGroup(String code, String name, @Nullable String description) {
    public FunctionGroup {
        code = Checks.text(code, "code");
        name = Checks.text(name, "name");
        description = Checks.optional(description);
    }
}
