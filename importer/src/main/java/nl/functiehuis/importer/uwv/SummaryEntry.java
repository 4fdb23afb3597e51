package nl.functiehuis.importer.uwv;

import nl.functiehuis.importer.blocks.Location;

/**
 * One label/value pair of the cover sheet: the field, the label as written (with its colon, if any),
 * the value as written, where, and how far the label's spelling is from the field's.
 */
public record SummaryEntry(SummaryField field, String label, String value, Location at, int distance) {

    public boolean tolerant() {
        return distance > 0;
    }

    public boolean hasColon() {
        return label.endsWith(":");
    }
}
