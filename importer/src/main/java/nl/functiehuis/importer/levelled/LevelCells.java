package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.profile.LevelledRow;

/**
 * Keeps the cells of a per-level table whose level the family has; a column for a level the level
 * table does not know is left out and reported once per table.
 */
final class LevelCells {
    private LevelCells() {}

    static List<LevelledRow> known(LevelledTable table, List<String> letters, ImportReport report) {
        List<String> unknown = table.columns().stream().filter(l -> !letters.contains(l)).toList();
        if (!unknown.isEmpty()) {
            report.warn(table.at(), "tabel '" + table.heading() + "' heeft een kolom voor niveau "
                    + String.join(", ", unknown) + ", dat de niveautabel niet kent; die kolom is niet overgenomen");
        }
        return table.rows().stream().map(r -> new LevelledRow(r.title(),
                r.row().cells().stream().filter(c -> letters.contains(c.level())).toList())).toList();
    }
}
