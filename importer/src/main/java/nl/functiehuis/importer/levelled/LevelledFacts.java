package nl.functiehuis.importer.levelled;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.DocumentFacts;
import org.jspecify.annotations.Nullable;

/**
 * What a levelled profile says beyond the family itself: its general-information rows and code line as
 * written, the level table in document order, the organisation chart, the tables with their headings,
 * footnote markers and inferred items, the competency rule of a footnote, the footnotes, and the places
 * where the document contradicts itself.
 */
public record LevelledFacts(
        GeneralInfo general,
        LevelTable levelTable,
        Organisation organisation,
        ResultAreaTable resultAreas,
        List<LevelledTable> tables,
        List<CompetencyTable> competencyTables,
        @Nullable CompetencyRule rule,
        List<Footnote> footnotes,
        List<Inconsistency> inconsistencies) implements DocumentFacts {

    public LevelledFacts {
        tables = List.copyOf(tables);
        competencyTables = List.copyOf(competencyTables);
        footnotes = List.copyOf(footnotes);
        inconsistencies = List.copyOf(inconsistencies);
    }

    public Optional<LevelledTable> table(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }

    public Optional<CompetencyTable> competencies(TableKind kind) {
        return competencyTables.stream().filter(t -> t.kind() == kind).findFirst();
    }
}
