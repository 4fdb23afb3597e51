package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;

/**
 * A place where the document contradicts itself or spells one thing two ways. It is reported, not
 * fixed: each reading keeps the text as written, with where it stands.
 */
public record Inconsistency(Kind kind, String description, List<Reading> readings) {
    public Inconsistency {
        readings = List.copyOf(readings);
    }

    /** What kind of contradiction. */
    public enum Kind { TEXT_VS_CHART, HEADING_SPELLING, WORD_VARIANT, MIXED_SEPARATORS, NAME_SPELLING }

    /** One way the document writes it, and where. */
    public record Reading(String text, Location at, String where) {}

    /** The message for the import report: the description and each reading with its place. */
    String message() {
        return description + ": " + String.join(" / ", readings.stream()
                .map(r -> "'" + r.text() + "' (" + r.at() + ", " + r.where() + ")").toList());
    }
}
