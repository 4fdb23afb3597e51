package nl.functiehuis.house;

import java.util.Locale;
import nl.functiehuis.InvalidValue;

/** The status of a profile version. */
public enum VersionStatus {
    CONCEPT("Concept"), PROGNOSE("Prognose"), DEFINITIEF("Definitief"), VERVALLEN("Vervallen");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the Dutch word in any case: "Definitief", "prognose". */
    public static VersionStatus parse(String text, String field) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (VersionStatus s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new InvalidValue(field, "is geen status: '" + text + "' (toegestaan: concept, prognose, definitief, vervallen)");
    }
}
