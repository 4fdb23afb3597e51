package nl.functiehuis.importer.booklet;

import java.util.stream.Collectors;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;

/** A piece of text exactly as the booklet writes it, with where it stands. */
public record Written(String text, Location at) {
    public Written {
        text = text.strip();
    }

    /** A paragraph's text, or a table row's cells joined by spaces, at the block's place. */
    static Written of(Block block) {
        String text = block.isRow() ? block.cells().stream().map(Cell::text).collect(Collectors.joining(" ")) : block.text();
        return new Written(text, block.at());
    }
}
