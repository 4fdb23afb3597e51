package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.profile.LevelledRow;
import org.jspecify.annotations.Nullable;

/**
 * A row of a per-level table: its number and title as written ("1. Aard" → 1, "Aard"), the row read from
 * it, the levels whose items were inferred (cell without item markers) and where it starts.
 */
public record TableRow(
        @Nullable Integer number, String title, LevelledRow row, List<String> inferredLevels, Location at) {
    public TableRow {
        inferredLevels = List.copyOf(inferredLevels);
    }
}
