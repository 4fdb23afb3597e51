package nl.functiehuis.importer.blocks;

import java.util.List;

/**
 * A table cell: its items (paragraphs or list items, markup removed) and whether they were marked
 * as list items in the source. {@code raw} is the cell as written, for reports.
 */
public record Cell(String raw, List<String> items, boolean listed) {
    public Cell {
        items = List.copyOf(items);
    }

    public static Cell of(String raw) {
        return CellText.parse(raw);
    }

    /** All items joined by a space: the cell as plain text. */
    public String text() {
        return String.join(" ", items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
