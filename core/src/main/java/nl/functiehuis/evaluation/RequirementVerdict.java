package nl.functiehuis.evaluation;

import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/** The verdict on eis {@code requirement} (from 1) by an assessor; anything but voldaan needs a reason. */
public record RequirementVerdict(int requirement, Verdict verdict, @Nullable String reason, String assessor) {
    public RequirementVerdict {
        Checks.range(requirement, 1, 1000, "eis");
        Checks.required(verdict, "oordeel");
        reason = Checks.optional(reason);
        if (reason == null && verdict != Verdict.VOLDAAN) {
            throw new InvalidValue("reden", "is verplicht bij '" + verdict.label() + "'");
        }
        assessor = Checks.text(assessor, "beoordelaar");
    }

    /** A text that changes whenever the verdict does, for the audit log and the fingerprint. */
    public String describe() {
        return verdict.label() + (reason == null ? "" : " (" + reason + ")");
    }
}
