package nl.functiehuis.importer.levelled;

import nl.functiehuis.importer.blocks.Location;

/** A footnote of the document: its number, its marker as written, its text and where it stands. */
public record Footnote(int number, String marker, String text, Location at) {}
