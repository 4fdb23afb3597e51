package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.profile.ResultArea;
import org.jspecify.annotations.Nullable;

/**
 * The result-area table: heading and column headings as written, and per row its number, title, the
 * result area read from it, and whether its items were inferred (the cell had no item markers).
 */
public record ResultAreaTable(@Nullable String heading, List<String> columns, List<Row> rows, @Nullable Location at) {
    public ResultAreaTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One result area as the table gives it. */
    public record Row(@Nullable Integer number, String title, ResultArea area, boolean activitiesInferred,
            boolean resultsInferred, Location at) {}

    static ResultAreaTable none() {
        return new ResultAreaTable(null, List.of(), List.of(), null);
    }

    public boolean anyInferred() {
        return rows.stream().anyMatch(r -> r.activitiesInferred() || r.resultsInferred());
    }

    public List<ResultArea> areas() {
        return rows.stream().map(Row::area).toList();
    }
}
