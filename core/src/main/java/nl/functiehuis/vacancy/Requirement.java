package nl.functiehuis.vacancy;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A knock-out requirement (eis) as written, with what it asks read from it: an education level,
 * years of experience within a period, a sector or a system.
 */
public record Requirement(
        String text,
        Kind kind,
        @Nullable Integer mboLevel,
        @Nullable Integer yearsMin,
        @Nullable Integer yearsMax,
        @Nullable Integer withinYears,
        @Nullable String subject) {

    /** How a requirement is shown. */
    public enum Kind { EDUCATION, EXPERIENCE, SECTOR, SYSTEM, OTHER }

    public Requirement {
        text = Checks.text(text, "text");
        Checks.required(kind, "kind");
        if (mboLevel != null) {
            Checks.range(mboLevel, 1, 4, "mboLevel");
        }
        subject = Checks.optional(subject);
    }
}
