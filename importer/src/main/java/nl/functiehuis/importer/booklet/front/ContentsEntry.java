package nl.functiehuis.importer.booklet.front;

import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/** One line of the table of contents: its number ("1.3", "Deel 2", or none), title and page. */
public record ContentsEntry(@Nullable String number, String title, @Nullable Integer page, Location at) {}
