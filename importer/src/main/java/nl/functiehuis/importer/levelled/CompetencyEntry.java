package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;

/**
 * A competency a competency table names in a domain, with the levels whose column names it (for a
 * function-specific table one level per entry), and the row it stands on.
 */
public record CompetencyEntry(DomainLabel domain, String competency, List<String> levels, Location at) {
    public CompetencyEntry {
        levels = List.copyOf(levels);
    }
}
