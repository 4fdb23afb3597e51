package nl.functiehuis.importer.booklet;

import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A level the matrix gives a function's competency that its profile text does not give (null where one of
 * the two has no level); a row that cannot be read at all has an empty competency.
 */
public record LevelMismatch(String function, @Nullable String profileCode, String competency,
        @Nullable String matrixLevel, @Nullable String profileLevel, Location at) {}
