package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.Checks;

/** The items a per-level table gives for one function level. */
public record LevelCell(String level, List<String> items) {
    public LevelCell {
        level = Checks.text(level, "level");
        items = Checks.texts(items, "items");
    }
}
