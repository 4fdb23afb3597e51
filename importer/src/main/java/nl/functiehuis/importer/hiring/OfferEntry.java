package nl.functiehuis.importer.hiring;

import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A label of the offer block with the value that belongs to it, both as written and placed; the field is
 * null for a label the importer does not know. {@code distance} is how far the label is from the field's spelling.
 */
public record OfferEntry(@Nullable OfferField field, String label, String value, Location labelAt, Location valueAt,
        int distance) {}
