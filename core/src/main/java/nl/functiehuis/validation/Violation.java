package nl.functiehuis.validation;

import nl.functiehuis.Checks;
import nl.functiehuis.profile.ProfileCode;

/** A rule a profile breaks: which rule, how serious, which profile and field, and what to change (Dutch). */
public record Violation(String ruleId, Severity severity, ProfileCode profileCode, String field, String message) {
    public Violation {
        ruleId = Checks.text(ruleId, "ruleId");
        Checks.required(severity, "severity");
        Checks.required(profileCode, "profileCode");
        field = Checks.text(field, "field");
        message = Checks.text(message, "message");
    }
}
