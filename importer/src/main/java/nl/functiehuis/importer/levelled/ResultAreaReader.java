package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.profile.ResultArea;

/**
 * Reads the result areas: the section under a heading like "Resultaatgebieden", or whose header row
 * starts with "Resultaatgebied"; each row is a (numbered) title, a description and a result column.
 */
final class ResultAreaReader {
    private ResultAreaReader() {}

    static ResultAreaTable read(Layout layout, ImportReport report) {
        for (Section section : layout.sections()) {
            boolean byHeading = Headings.matches(section.headingText(), Headings.RESULT_AREAS).isPresent();
            boolean byHeader = !section.rows().isEmpty() && Spelling.same(
                    Headings.core(section.rows().get(0).cell(0).text()), Headings.RESULT_AREA_COLUMN);
            if ((byHeading || byHeader) && !section.rows().isEmpty()) {
                Headings.matches(section.headingText(), Headings.RESULT_AREAS).filter(m -> !m.exact())
                        .ifPresent(m -> report.info(section.at(), "kop '" + section.headingText() + "' gelezen als '"
                                + m.candidate() + "'"));
                return table(section, byHeader, report);
            }
        }
        return ResultAreaTable.none();
    }

    private static ResultAreaTable table(Section section, boolean hasHeader, ImportReport report) {
        List<Block> rows = section.rows();
        List<String> columns = hasHeader
                ? rows.get(0).cells().stream().map(c -> c.text().strip()).filter(t -> !t.isEmpty()).toList()
                : List.of();
        List<ResultAreaTable.Row> read = new ArrayList<>();
        for (Block row : hasHeader ? rows.subList(1, rows.size()) : rows) {
            Items.Read activities = Items.of(row.cell(1));
            Items.Read results = Items.of(row.cell(2));
            if (row.cell(0).isEmpty() && !read.isEmpty()) {
                ResultAreaTable.Row last = read.removeLast();
                ResultArea area = last.area();
                read.add(new ResultAreaTable.Row(last.number(), last.title(), new ResultArea(area.name(), false,
                        Continuation.append(area.activities(), activities.items()),
                        Continuation.append(area.results(), results.items())),
                        last.activitiesInferred(), last.resultsInferred(), last.at()));
                continue;
            }
            Numbered title = Numbered.of(row.cell(0).text());
            ResultArea area = notApplicable(activities) && results.items().isEmpty()
                    ? ResultArea.notApplicable(title.title())
                    : new ResultArea(title.title(), false, activities.items(), results.items());
            read.add(new ResultAreaTable.Row(title.number(), title.title(), area,
                    activities.inferred(), results.inferred(), row.at()));
            if (activities.inferred() || results.inferred()) {
                report.info(row.at(), "resultaatgebied '" + title.title() + "': cel zonder opsommingstekens, "
                        + activities.items().size() + " + " + results.items().size()
                        + " punten afgeleid uit zinseinden en hoofdletters");
            }
        }
        return new ResultAreaTable(section.headingText().isEmpty() ? null : section.headingText(), columns, read,
                section.at());
    }

    private static boolean notApplicable(Items.Read cell) {
        return cell.items().size() == 1 && Spelling.fold(cell.items().get(0)).equals("nvt");
    }
}
