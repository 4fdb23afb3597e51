package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A competency table with a column per level (core or function-specific): heading and footnote marker as
 * written, the domains in row order, and the competencies named in them.
 */
public record CompetencyTable(
        TableKind kind,
        String heading,
        @Nullable String marker,
        List<DomainLabel> domains,
        List<CompetencyEntry> entries,
        List<String> letters,
        Location at) {
    public CompetencyTable {
        domains = List.copyOf(domains);
        entries = List.copyOf(entries);
        letters = List.copyOf(letters);
    }

    /** The competencies named at a level, in row order. */
    public List<CompetencyEntry> at(String level) {
        return entries.stream().filter(e -> e.levels().contains(level)).toList();
    }

    /** Domains without a competency at any level. */
    public List<DomainLabel> emptyDomains() {
        return domains.stream().filter(d -> entries.stream().noneMatch(e -> e.domain().equals(d))).toList();
    }
}
