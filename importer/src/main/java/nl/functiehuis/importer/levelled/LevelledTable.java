package nl.functiehuis.importer.levelled;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.profile.LevelledRow;
import org.jspecify.annotations.Nullable;

/**
 * A table with a column per function level (differentiating factors, latitude, knowledge and skills):
 * what it was read as, its heading and footnote marker as written, its level columns and its rows.
 */
public record LevelledTable(
        TableKind kind,
        String heading,
        @Nullable String marker,
        List<String> columns,
        List<TableRow> rows,
        Location at) {
    public LevelledTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public List<LevelledRow> levelledRows() {
        return rows.stream().map(TableRow::row).toList();
    }

    /** The row whose title is (tolerantly) the given one. */
    public Optional<TableRow> row(String title) {
        return rows.stream().filter(r -> Spelling.same(r.title(), title)).findFirst();
    }
}
