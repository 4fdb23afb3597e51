package nl.functiehuis.importer.booklet.front;

import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A competency dimension as the methodology lists it ("Conceptuele gedragsvaardigheden (het denken)"),
 * with the label the matrix gives it and how many matrix columns belong to it.
 */
public record DimensionText(String name, String aspect, @Nullable String matrixLabel, int matrixColumnCount,
        Location at) {

    DimensionText withMatrix(@Nullable String label, int columns) {
        return new DimensionText(name, aspect, label, columns, at);
    }

    /** The first word of the name: the adjective ("Conceptuele"). */
    public String adjective() {
        return name.strip().split("\\s+")[0];
    }
}
