package nl.functiehuis.importer.levelled;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/** The level table (function level, name, scale): its column headings as written and its rows in document order. */
public record LevelTable(List<String> columns, List<LevelRow> rows, @Nullable Location at) {
    public LevelTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static LevelTable none() {
        return new LevelTable(List.of(), List.of(), null);
    }

    /** The letters in the order the document lists them. */
    public List<String> rowOrder() {
        return rows.stream().map(LevelRow::letter).toList();
    }

    public Optional<LevelRow> row(String letter) {
        return rows.stream().filter(r -> r.letter().equals(letter)).findFirst();
    }
}
