package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.profile.LevelCell;
import nl.functiehuis.profile.LevelledRow;

/**
 * Finds the tables with a column per function level, tells by their heading (tolerantly) or else by
 * their rows what they hold, and reads their rows; a row with an empty first cell continues the row
 * above it (a page break), a repeated level header is skipped.
 */
final class LevelledTableReader {
    private LevelledTableReader() {}

    /** A section that starts with a level header, and what it holds. */
    record Found(Section section, LevelColumns columns, TableKind kind) {}

    static List<Found> find(Layout layout, ImportReport report) {
        List<Found> found = new ArrayList<>();
        for (Section section : layout.sections()) {
            Optional<LevelColumns> columns = section.rows().isEmpty() ? Optional.empty()
                    : LevelColumns.of(section.rows().get(0));
            columns.ifPresent(c -> found.add(new Found(section, c, classify(section, report))));
        }
        return found;
    }

    /** A table kind a heading announces, and how closely the heading matched. */
    record Announced(TableKind kind, Spelling.Match match) {}

    /** The kind whose heading is closest to the one written (tolerantly), if any is close enough. */
    static Optional<Announced> announced(String heading) {
        Announced best = null;
        for (TableKind kind : TableKind.values()) {
            for (String h : kind.headings()) {
                Optional<Spelling.Match> m = Headings.matches(heading, h);
                if (m.isPresent() && (best == null || m.get().distance() < best.match().distance())) {
                    best = new Announced(kind, m.get());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static TableKind classify(Section section, ImportReport report) {
        String heading = section.headingText();
        Optional<Announced> announced = announced(heading);
        if (announced.isPresent()) {
            if (!announced.get().match().exact()) {
                report.info(section.at(), "kop '" + heading + "' gelezen als '"
                        + announced.get().match().candidate() + "'");
            }
            return announced.get().kind();
        }
        TableKind kind = byContent(section);
        report.info(section.at(), "tabel onder '" + heading + "' aan de inhoud herkend als " + kind.label());
        return kind;
    }

    private static TableKind byContent(Section section) {
        List<Block> data = section.rows().subList(1, section.rows().size()).stream()
                .filter(r -> !r.cell(0).isEmpty()).toList();
        if (!data.isEmpty() && data.stream().allMatch(r -> Domains.label(r.cell(0).text()).isPresent())) {
            boolean same = data.stream().allMatch(r -> r.cells().stream().skip(1)
                    .map(c -> Spelling.fold(c.text())).distinct().count() == 1);
            return same ? TableKind.CORE_COMPETENCIES : TableKind.SPECIFIC_COMPETENCIES;
        }
        if (!data.isEmpty() && data.stream().allMatch(r -> Numbered.of(r.cell(0).text()).number() != null)) {
            return TableKind.FACTORS;
        }
        return TableKind.OTHER;
    }

    static LevelledTable read(Found found) {
        LevelColumns columns = found.columns();
        List<TableRow> rows = new ArrayList<>();
        for (Block row : found.section().rows().subList(1, found.section().rows().size())) {
            if (LevelColumns.isHeader(row)) {
                continue;
            }
            List<LevelCell> cells = new ArrayList<>();
            List<String> inferred = new ArrayList<>();
            for (int j = 0; j < columns.letters().size(); j++) {
                Items.Read read = Items.of(row.cell(columns.columns().get(j)));
                cells.add(new LevelCell(columns.letters().get(j), read.items()));
                if (read.inferred()) {
                    inferred.add(columns.letters().get(j));
                }
            }
            if (row.cell(0).isEmpty() && !rows.isEmpty()) {
                rows.add(merge(rows.removeLast(), cells));
            } else if (!row.cell(0).isEmpty()) {
                Numbered title = Numbered.of(row.cell(0).text());
                rows.add(new TableRow(title.number(), title.title(), new LevelledRow(title.title(), cells), inferred,
                        row.at()));
            }
        }
        return new LevelledTable(found.kind(), found.section().headingText(), found.section().marker(),
                columns.letters(), rows, found.section().at());
    }

    private static TableRow merge(TableRow row, List<LevelCell> more) {
        List<LevelCell> cells = new ArrayList<>();
        for (LevelCell cell : row.row().cells()) {
            List<String> extra = more.stream().filter(c -> c.level().equals(cell.level())).findFirst()
                    .map(LevelCell::items).orElse(List.of());
            cells.add(new LevelCell(cell.level(), Continuation.append(cell.items(), extra)));
        }
        return new TableRow(row.number(), row.title(), new LevelledRow(row.title(), cells), row.inferredLevels(),
                row.at());
    }
}
