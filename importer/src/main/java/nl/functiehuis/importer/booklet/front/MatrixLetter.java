package nl.functiehuis.importer.booklet.front;

import org.jspecify.annotations.Nullable;

/**
 * A level letter in a matrix row, its tab index, and the header column at that tab index read
 * literally ({@code literalPosition}, null when the header has no column there).
 */
public record MatrixLetter(String letter, int cellIndex, @Nullable Integer literalPosition) {}
