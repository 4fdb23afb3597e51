package nl.functiehuis.profile;

import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * A function level of a levelled family (functieniveau A/B/C, not a behaviour level): its own code,
 * name, qualifier such as "Basis" and salary scale.
 */
public record FunctionLevel(String letter, ProfileCode code, String name, @Nullable String qualifier, @Nullable Integer scale) {
    public FunctionLevel {
        letter = Checks.text(letter, "letter");
        if (!letter.matches("[A-Z]")) {
            throw new InvalidValue("letter", "moet één hoofdletter zijn, maar is '" + letter + "'");
        }
        Checks.required(code, "code");
        name = Checks.text(name, "name");
        qualifier = Checks.optional(qualifier);
        if (scale != null) {
            Checks.range(scale, 1, 18, "scale");
        }
    }
}
