package nl.functiehuis.validation;

import nl.functiehuis.Checks;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.ProfileCode;

/**
 * What a rule's check found: the profile, the field path within it (as in edit and load errors, e.g.
 * "content.competencies[2].level") and a Dutch message that says what to change.
 */
public record Finding(ProfileCode profile, String field, String message) {
    public Finding {
        Checks.required(profile, "profile");
        field = Checks.text(field, "field");
        message = Checks.text(message, "message");
    }

    static Finding of(FunctionProfile profile, String field, String message) {
        return new Finding(profile.code(), field, message);
    }

    Violation violation(Rule rule) {
        return new Violation(rule.id(), rule.severity(), profile, field, message);
    }
}
