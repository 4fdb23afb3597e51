package nl.functiehuis.search;

import java.util.Locale;
import java.util.Optional;

/** The facets a search counts and filters on, with their key (in addresses and JSON) and Dutch label. */
public enum Facet {
    SERIES("Functiereeks"),
    GROUP("Functiegroep"),
    KIND("Soort profiel"),
    STATUS("Status"),
    SCALE("Schaal"),
    COMPETENCY("Competentie"),
    /** A competency at a behaviour level, written "Klantgerichtheid:B". */
    LEVEL("Competentie op niveau");

    private final String label;

    Facet(String label) {
        this.label = label;
    }

    /** The key used in addresses and JSON: "series", "group", … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<Facet> byKey(String key) {
        for (Facet f : values()) {
            if (f.key().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
