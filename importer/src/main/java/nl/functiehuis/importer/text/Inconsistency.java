package nl.functiehuis.importer.text;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.importer.blocks.Location;

/**
 * A place where a document contradicts itself or spells one thing two ways: the kind ("typo",
 * "naming", "summary-vs-table"), a Dutch description, and each reading as written with its place.
 */
public record Inconsistency(String kind, String description, List<Reading> readings) {

    /** One way the document writes it, and where. */
    public record Reading(String text, Location at) {
        public Reading {
            text = Checks.text(text, "text");
            Checks.required(at, "at");
        }
    }

    public Inconsistency {
        kind = Checks.text(kind, "kind");
        description = Checks.text(description, "description");
        readings = List.copyOf(readings);
    }

    /** The readings quoted and placed, for a report message: 'a' (regel 6), 'b' (regel 88). */
    public String quoted() {
        return String.join(", ", readings.stream().map(r -> "'" + r.text() + "' (" + r.at() + ")").toList());
    }
}
