package nl.functiehuis.evaluation;

import java.time.Instant;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** One change to a vacancy's evaluation: who, when, what, and the value before and after (null: none). */
public record AuditLine(String vacancyId, @Nullable String candidateId, String actor, Instant at, String what,
        @Nullable String oldValue, @Nullable String newValue) {
    public AuditLine {
        vacancyId = Checks.text(vacancyId, "vacature");
        candidateId = Checks.optional(candidateId);
        actor = Checks.text(actor, "wie");
        Checks.required(at, "wanneer");
        what = Checks.text(what, "wat");
        oldValue = Checks.optional(oldValue);
        newValue = Checks.optional(newValue);
    }
}
