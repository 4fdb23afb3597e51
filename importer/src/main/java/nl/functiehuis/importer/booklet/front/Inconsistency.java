package nl.functiehuis.importer.booklet.front;

import java.util.List;

/**
 * A place where the front matter contradicts itself or spells one thing two ways. Each was also
 * reported as a WARNING; {@code quotes} are the readings as written, {@code message} is Dutch.
 */
public record Inconsistency(Kind kind, String place, String message, List<Quote> quotes) {

    /** What kind of contradiction. */
    public enum Kind {
        /** A number stated in the text differs from what a table holds. */
        COUNT,
        /** A table's tab columns do not line up with its header. */
        LAYOUT,
        /** One word spelled two ways. */
        SPELLING,
        /** One thing named two ways. */
        NAMING
    }

    public Inconsistency {
        quotes = List.copyOf(quotes);
    }
}
