package nl.functiehuis.vacancy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import nl.functiehuis.InvalidValue;

/**
 * Where a vacancy stands. It moves forward concept → gepubliceerd → gesloten → gegund, and one step back
 * where that happens in practice: a published vacancy is withdrawn to concept, a closed one reopened, an
 * award withdrawn (e.g. after an objection) back to gesloten. Skipping a step is not allowed.
 */
public enum VacancyStatus {
    CONCEPT("Concept"), GEPUBLICEERD("Gepubliceerd"), GESLOTEN("Gesloten"), GEGUND("Gegund");

    private final String label;

    VacancyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a vacancy in this status may be saved with: itself and its neighbours. */
    public Set<VacancyStatus> reachable() {
        Set<VacancyStatus> result = EnumSet.of(this);
        if (ordinal() > 0) {
            result.add(values()[ordinal() - 1]);
        }
        if (ordinal() < values().length - 1) {
            result.add(values()[ordinal() + 1]);
        }
        return result;
    }

    public boolean canBecome(VacancyStatus next) {
        return reachable().contains(next);
    }

    /** Parses "gepubliceerd", "GEPUBLICEERD" or "Gepubliceerd"; anything else is refused naming the field. */
    public static VacancyStatus parse(String text, String field) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (VacancyStatus s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new InvalidValue(field, "is geen status van een vacature: '" + text
                + "' (toegestaan: concept, gepubliceerd, gesloten, gegund)");
    }
}
