package nl.functiehuis.vacancy;

import java.util.ArrayList;
import java.util.List;
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
    public enum Kind {
        EDUCATION("Diploma"), EXPERIENCE("Ervaring"), SECTOR("Sector"), SYSTEM("Systeem"), OTHER("Overig");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Requirement {
        text = Checks.text(text, "text");
        Checks.required(kind, "kind");
        if (mboLevel != null) {
            Checks.range(mboLevel, 1, 4, "mboLevel");
        }
        if (yearsMin != null) {
            Checks.range(yearsMin, 0, 60, "yearsMin");
        }
        if (yearsMax != null) {
            Checks.range(yearsMax, yearsMin == null ? 0 : yearsMin, 60, "yearsMax");
        }
        if (withinYears != null) {
            Checks.range(withinYears, 1, 60, "withinYears");
        }
        subject = Checks.optional(subject);
    }

    /** What the requirement asks, in short Dutch: "mbo 4", "1–3 jaar in de laatste 3 jaar", "Socrates"; empty when nothing was read. */
    public String asks() {
        List<String> parts = new ArrayList<>();
        if (mboLevel != null) {
            parts.add("mbo " + mboLevel);
        }
        if (yearsMin != null || yearsMax != null) {
            String years = yearsMin != null && yearsMax != null && !yearsMin.equals(yearsMax)
                    ? yearsMin + "–" + yearsMax : String.valueOf(yearsMin != null ? yearsMin : yearsMax);
            String min = yearsMax == null ? "minimaal " : "";
            parts.add(min + years + " jaar" + (withinYears == null ? "" : " in de laatste " + withinYears + " jaar"));
        }
        if (subject != null && !(kind == Kind.EDUCATION && mboLevel != null)) {
            parts.add(subject);
        }
        return String.join(", ", parts);
    }
}
