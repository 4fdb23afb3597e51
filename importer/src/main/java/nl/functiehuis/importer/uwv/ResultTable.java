package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.uwv.CellParagraphs.Paragraph;
import nl.functiehuis.profile.ResultArea;
import org.jspecify.annotations.Nullable;

/**
 * Reads the result-area table (resultaatgebied, kernactiviteit, resultaat): one result area per row, a row
 * with an empty first cell continues the row before it (a page break), "n.v.t." marks an area that does not apply.
 */
final class ResultTable {
    private static final Pattern EXAMPLES = Pattern.compile("\\((?:bv|bijv|bijvoorbeeld|o\\.a|zoals)\\.?\\s*([^)]+)\\)");

    private ResultTable() {}

    record Read(List<ResultArea> areas, List<ResultRow> rows) {}

    private static final class Row {
        final Block first;
        final List<Paragraph> activities = new ArrayList<>();
        final List<Paragraph> results = new ArrayList<>();
        final StringBuilder activityText = new StringBuilder();

        Row(Block first) {
            this.first = first;
        }
    }

    static Read read(List<Block> rows, ImportReport report) {
        List<Row> read = new ArrayList<>();
        for (Block block : rows) {
            if (!block.isRow()) {
                break;
            }
            if (block.cell(0).isEmpty() && read.isEmpty()) {
                report.skip(block.at(), "rij zonder resultaatgebied overgeslagen");
                continue;
            }
            boolean continues = block.cell(0).isEmpty();
            if (continues) {
                report.info(block.at(), "rij zet het resultaatgebied '" + read.get(read.size() - 1).first.cell(0).text()
                        + "' voort (pagina-overgang)");
            }
            Row row = continues ? read.get(read.size() - 1) : new Row(block);
            if (!continues) {
                read.add(row);
            }
            row.activities.addAll(CellParagraphs.of(block.cell(1)));
            row.results.addAll(CellParagraphs.of(block.cell(2)));
            row.activityText.append(row.activityText.isEmpty() ? "" : " ").append(block.cell(1).text());
        }
        List<ResultArea> areas = new ArrayList<>();
        List<ResultRow> facts = new ArrayList<>();
        for (Row row : read) {
            String name = row.first.cell(0).text();
            String activity = row.activityText.toString().strip();
            boolean notApplicable = Spelling.fold(activity).equals(Labels.NOT_APPLICABLE);
            List<String> activities = row.activities.stream().map(Paragraph::withSubItems).toList();
            List<String> results = row.results.stream().map(Paragraph::text).toList();
            if (notApplicable && !results.isEmpty()) {
                report.warn(row.first.at(), "resultaatgebied '" + name + "' is n.v.t. maar noemt wel een resultaat");
                areas.add(new ResultArea(name, false, List.of(), results));
            } else {
                areas.add(notApplicable ? ResultArea.notApplicable(name) : new ResultArea(name, false, activities, results));
            }
            int subItems = row.activities.stream().mapToInt(p -> p.subItems().size()).sum();
            facts.add(new ResultRow(name, row.first.at(), notApplicable, activity,
                    notApplicable ? 0 : row.activities.size(), subItems, row.results.size(), examples(row.activities)));
        }
        return new Read(areas, facts);
    }

    private static @Nullable String examples(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            Matcher m = EXAMPLES.matcher(p.text());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}
