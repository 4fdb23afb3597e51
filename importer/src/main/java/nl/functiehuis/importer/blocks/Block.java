package nl.functiehuis.importer.blocks;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One unit of a document in neutral form: a paragraph (with the bullet it started with, if any)
 * or a table row (with its cells). Headings are paragraphs; genres recognise them by their text.
 */
public record Block(Kind kind, Location at, String text, @Nullable String bullet, List<Cell> cells) {

    /** Paragraph or table row. */
    public enum Kind { PARAGRAPH, ROW }

    public Block {
        cells = List.copyOf(cells);
    }

    public static Block paragraph(Location at, String text, @Nullable String bullet) {
        return new Block(Kind.PARAGRAPH, at, text, bullet, List.of());
    }

    public static Block row(Location at, String text, List<Cell> cells) {
        return new Block(Kind.ROW, at, text, null, cells);
    }

    public boolean isRow() {
        return kind == Kind.ROW;
    }

    public boolean isBulleted() {
        return bullet != null;
    }

    /** Cell {@code i}, or an empty cell when the row has fewer cells. */
    public Cell cell(int i) {
        return i < cells.size() ? cells.get(i) : new Cell("", List.of(), false);
    }
}
