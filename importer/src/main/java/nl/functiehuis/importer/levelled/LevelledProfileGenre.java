package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.ImportDraft;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.LevelledRow;
import nl.functiehuis.profile.ProfileCode;

/**
 * A levelled function profile (UWV style): a general-information table, a level table (letter, name,
 * scale) in any row order, result areas, and tables with a column per level for the differentiating
 * factors, latitude, knowledge and skills, and the core and function-specific competencies per domain.
 * Reads it into one {@link LevelledFamily} with status and effective date, plus {@link LevelledFacts}.
 */
public final class LevelledProfileGenre implements Genre {

    @Override
    public DocumentKind kind() {
        return DocumentKind.LEVELLED_PROFILE;
    }

    @Override
    public double fit(SourceDocument document) {
        return LevelledFit.score(document);
    }

    @Override
    public ParsedDocument parse(SourceDocument document, ImportReport report) {
        Layout layout = Layout.of(document);
        GeneralInfo info = GeneralInfoReader.read(layout, report);
        LevelTable levelTable = LevelTableReader.read(layout, report);
        ResultAreaTable resultAreas = ResultAreaReader.read(layout, report);
        List<LevelledTableReader.Found> found = LevelledTableReader.find(layout, report);
        List<LevelledTable> tables = new ArrayList<>();
        List<CompetencyTable> competencyTables = new ArrayList<>();
        for (LevelledTableReader.Found f : found) {
            if (f.kind().competencies()) {
                competencyTables.add(CompetencyReader.read(f, report));
            } else if (f.kind() == TableKind.OTHER) {
                report.skip(f.section().at(), "tabel per niveau onder '" + f.section().headingText()
                        + "' niet herkend en niet overgenomen");
            } else {
                tables.add(LevelledTableReader.read(f));
            }
        }
        String organisationName = competencyTables.stream().map(t -> t.heading())
                .flatMap(h -> Headings.parenthesised(h).stream()).findFirst().orElse(null);
        Organisation organisation = OrganisationReader.read(info, organisationName, report);

        List<String> letters = LevelsAssembly.letters(levelTable, found);
        String title = LevelsAssembly.title(info, levelTable, document.source());
        var levels = LevelsAssembly.levels(letters, info, levelTable, title, report);
        String code = LevelsAssembly.familyCode(levels);
        CompetencyRule rule = CompetencyRule.find(layout.footnotes(),
                competencyTables.stream().filter(t -> t.kind() == TableKind.SPECIFIC_COMPETENCIES).findFirst()
                        .map(CompetencyTable::marker).orElse(null),
                CompetencyAssembly.specificCounts(competencyTables, letters)).orElse(null);
        Rules.check(rule, competencyTables, letters, report);
        List<Inconsistency> inconsistencies =
                Consistency.check(layout, info, organisation, title, competencyTables, report);

        var family = new LevelledFamily(ProfileCode.of(code), title, organisationName, null, null,
                info.row(InfoLabel.PURPOSE).map(InfoRow::text).orElse(null),
                info.row(InfoLabel.POSITION).map(r -> String.join("\n\n", OrganisationReader.prose(r))).orElse(null),
                info.row(InfoLabel.CONTEXT).map(r -> String.join("\n\n", r.paragraphs())).orElse(null),
                levels, resultAreas.areas(), rows(tables, TableKind.FACTORS, letters, report),
                rows(tables, TableKind.LATITUDE, letters, report),
                rows(tables, TableKind.KNOWLEDGE_AND_SKILLS, letters, report),
                CompetencyAssembly.domains(competencyTables, report),
                CompetencyAssembly.competencies(competencyTables, letters, report));
        var draft = new ImportDraft(List.of(), List.of(), List.of(),
                List.of(new DraftProfile(family, status(info, report), info.effectiveDate())), List.of());
        var facts = new LevelledFacts(info, levelTable, organisation, resultAreas, tables, competencyTables, rule,
                layout.footnotes(), inconsistencies);
        report.info(Location.line(1), "functiefamilie '" + title + "' met niveaus " + String.join(", ", letters)
                + "; familiecode " + code + " = de codes van de niveaus samen");
        return new ParsedDocument(document.source(), kind(), info.functionName() != null ? info.functionName() : title,
                draft, facts, report.entries());
    }

    private static List<LevelledRow> rows(List<LevelledTable> tables, TableKind kind, List<String> letters,
            ImportReport report) {
        return tables.stream().filter(t -> t.kind() == kind)
                .flatMap(t -> LevelCells.known(t, letters, report).stream()).toList();
    }

    private static VersionStatus status(GeneralInfo info, ImportReport report) {
        Location at = info.row(InfoLabel.STATUS).map(InfoRow::at).orElse(Location.line(1));
        if (info.status() == null) {
            report.info(at, "geen status gevonden: concept");
            return VersionStatus.CONCEPT;
        }
        try {
            return VersionStatus.parse(info.status(), "status");
        } catch (InvalidValue e) {
            report.warn(at, "onbekende status '" + info.status() + "': concept");
            return VersionStatus.CONCEPT;
        }
    }
}
