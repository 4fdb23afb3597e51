package nl.functiehuis.competency;

import java.util.Locale;
import nl.functiehuis.InvalidValue;

/**
 * A behaviour level (gedragsniveau). D is the lightest, A the heaviest; the levels are ordered but
 * not cumulative: asking A does not imply the behaviour of D.
 */
public enum LevelLetter {
    A(4), B(3), C(2), D(1);

    private final int weight;

    LevelLetter(int weight) {
        this.weight = weight;
    }

    /** 1 for D up to 4 for A: higher is heavier. */
    public int weight() {
        return weight;
    }

    public boolean heavierThan(LevelLetter other) {
        return weight > other.weight;
    }

    /** Parses "B", "b" or "niveau B"; anything else is refused naming the field. */
    public static LevelLetter parse(String text, String field) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("NIVEAU")) {
            t = t.substring("NIVEAU".length()).strip();
        }
        for (LevelLetter letter : values()) {
            if (letter.name().equals(t)) {
                return letter;
            }
        }
        throw new InvalidValue(field, "is geen gedragsniveau: '" + text + "' (toegestaan: A, B, C, D)");
    }
}
