package nl.functiehuis.importer.booklet.front;

import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A remark under an NLQF table about one function (in the overview's spelling), with the education it
 * suggests ("… (NLQF 5) …") and the paragraph as written.
 */
public record Remark(@Nullable String function, @Nullable String suggestion, String text, Location at) {}
