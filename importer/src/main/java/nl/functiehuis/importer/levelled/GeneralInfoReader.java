package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import org.jspecify.annotations.Nullable;

/**
 * Reads the general-information table: rows "label → value" whose labels we know (tolerantly), each
 * continued by rows with an empty first cell (a page break inside the value). Only sections with at
 * least two such rows count, so a stray "Status" row in another table is not taken for it.
 */
final class GeneralInfoReader {
    private GeneralInfoReader() {}

    static GeneralInfo read(Layout layout, ImportReport report) {
        List<InfoRow> rows = new ArrayList<>();
        Section first = null;
        for (Section section : layout.sections()) {
            if (section.rows().stream().filter(r -> Headings.label(r.cell(0).text()).isPresent()).count() < 2) {
                continue;
            }
            InfoRow open = null;
            for (Block row : section.rows()) {
                Optional<Headings.Match> label = Headings.label(row.cell(0).text());
                if (label.isPresent() && row.cells().size() >= 2 && !taken(rows, label.get().label())) {
                    open = new InfoRow(row.cell(0).text(), label.get().label(), values(row), row.at());
                    rows.add(open);
                    first = first == null ? section : first;
                    if (label.get().distance() > 0) {
                        report.info(row.at(), "label '" + row.cell(0).text() + "' gelezen als '"
                                + label.get().spelling() + "'");
                    }
                } else if (open != null && row.cell(0).isEmpty() && !LevelColumns.isHeader(row)) {
                    InfoRow continued = new InfoRow(open.label(), open.readAs(),
                            Continuation.append(open.paragraphs(), values(row)), open.at());
                    rows.set(rows.indexOf(open), continued);
                    open = continued;
                    report.info(row.at(), "vervolg van '" + open.label() + "' na een pagina-overgang");
                } else {
                    open = null;
                }
            }
        }
        String date = value(rows, InfoLabel.DATE);
        CodeLine codeLine = rows.stream().filter(r -> r.readAs() == InfoLabel.CODE).findFirst()
                .map(r -> CodeLine.parse(r.text(), r.at())).orElse(null);
        return new GeneralInfo(first == null ? null : first.headingText(), first == null ? null : first.at(), rows,
                value(rows, InfoLabel.FUNCTION_NAME), date, date == null ? null : DateText.parse(date).orElse(null),
                value(rows, InfoLabel.STATUS), codeLine);
    }

    private static List<String> values(Block row) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i < row.cells().size(); i++) {
            values.addAll(row.cell(i).items());
        }
        return values;
    }

    private static boolean taken(List<InfoRow> rows, InfoLabel label) {
        return rows.stream().anyMatch(r -> r.readAs() == label);
    }

    private static @Nullable String value(List<InfoRow> rows, InfoLabel label) {
        return rows.stream().filter(r -> r.readAs() == label).findFirst().map(InfoRow::text).orElse(null);
    }
}
