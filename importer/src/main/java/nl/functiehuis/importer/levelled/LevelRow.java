package nl.functiehuis.importer.levelled;

import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A row of the level table: the letter, the name as written ("Naam A (Basis)"), that name without its
 * parenthesised qualifier, the qualifier, and the scale as written and as a number.
 */
public record LevelRow(
        String letter, String name, String baseName, @Nullable String qualifier, String scaleAsWritten,
        @Nullable Integer scale, Location at) {}
