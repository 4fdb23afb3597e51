package nl.functiehuis.importer.booklet.front;

import org.jspecify.annotations.Nullable;

/** A part of a table cell: its underlined label ("Kennis", "MBO niveau 4"), if any, and its text. */
public record LabelledText(@Nullable String label, String text) {}
