package nl.functiehuis.importer.booklet.front;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;

/**
 * A behaviour level the group text states for a competency and some functions ("niveau D" for
 * Conflicthantering of functions IV and V); {@code functions} are the overview's names of those functions,
 * {@code sentence} the sentence that states it, as written.
 */
public record StatedLevel(String group, List<String> functions, String competency, String level, String sentence,
        Location at) {
    public StatedLevel {
        functions = List.copyOf(functions);
    }
}
