package nl.functiehuis.profile;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.Checks;

/**
 * A row of a per-level table of a levelled family, e.g. the differentiating factor "Complexiteit"
 * or the knowledge row, with a cell per function level.
 */
public record LevelledRow(String title, List<LevelCell> cells) {
    public LevelledRow {
        title = Checks.text(title, "title");
        cells = Checks.list(cells, "cells");
    }

    public List<String> itemsFor(String level) {
        return cells.stream().filter(c -> c.level().equals(level)).findFirst().map(LevelCell::items).orElse(List.of());
    }

    public Optional<LevelCell> cell(String level) {
        return cells.stream().filter(c -> c.level().equals(level)).findFirst();
    }
}
