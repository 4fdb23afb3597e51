package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.profile.LevelCell;
import nl.functiehuis.profile.LevelledRow;

/** Keeps the cells of a per-level row whose level the family has; a column for an unknown level is reported. */
final class LevelCells {
    private LevelCells() {}

    static LevelledRow known(TableRow row, List<String> letters, ImportReport report) {
        List<LevelCell> cells = row.row().cells().stream().filter(c -> letters.contains(c.level())).toList();
        if (cells.size() < row.row().cells().size()) {
            report.warn(row.at(), "rij '" + row.title() + "' heeft een kolom voor een niveau dat de niveautabel"
                    + " niet kent; die kolom is niet overgenomen");
        }
        return new LevelledRow(row.title(), cells);
    }
}
