package nl.functiehuis.importer.booklet.front;

import org.jspecify.annotations.Nullable;

/**
 * A competency column of the matrix: its 1-based position among the competency columns, its name as the
 * header spells it, the dimension it was derived to belong to, and its tab index in the header row.
 */
public record MatrixColumn(int position, String name, @Nullable String dimension, int cellIndex) {}
