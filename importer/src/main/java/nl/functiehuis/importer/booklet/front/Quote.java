package nl.functiehuis.importer.booklet.front;

import nl.functiehuis.importer.blocks.Location;

/** A piece of the document as written, and where it stands. */
public record Quote(String text, Location at) {}
