package nl.functiehuis.validation;

import java.time.Instant;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * One change of a rule's switch: on or off, why, by whom and when. Switching a rule off needs a reason,
 * so that anyone reading the report can see why the organisation does not apply it.
 */
public record RuleSetting(String ruleId, boolean enabled, @Nullable String reason, String author, Instant changedAt) {
    public RuleSetting {
        ruleId = Checks.text(ruleId, "regel");
        reason = Checks.optional(reason);
        if (!enabled && reason == null) {
            throw new InvalidValue("reden", "is verplicht: leg uit waarom deze organisatie de regel niet toepast");
        }
        if (reason != null && reason.length() > 1000) {
            throw new InvalidValue("reden", "is langer dan 1000 tekens");
        }
        author = Checks.text(author, "auteur");
        Checks.required(changedAt, "changedAt");
    }
}
