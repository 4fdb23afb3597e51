package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.levelled.Headings.Label;
import org.jspecify.annotations.Nullable;

/**
 * Reads the general-information table: rows "label → value" whose labels we know (tolerantly), each
 * continued by rows with an empty first cell (a page break inside the value).
 */
final class GeneralInfoReader {
    private GeneralInfoReader() {}

    static GeneralInfo read(Layout layout, ImportReport report) {
        List<InfoRow> rows = new ArrayList<>();
        Section first = null;
        for (Section section : layout.sections()) {
            InfoRow open = null;
            for (Block row : section.rows()) {
                Optional<Headings.Match> label = Headings.label(row.cell(0).text());
                if (label.isPresent() && row.cells().size() >= 2 && !taken(rows, label.get().label())) {
                    open = new InfoRow(row.cell(0).text(), label.get().label().name(), values(row), row.at());
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
        String date = value(rows, Label.DATE);
        CodeLine codeLine = rows.stream().filter(r -> Label.CODE.name().equals(r.readAs())).findFirst()
                .map(r -> CodeLine.parse(r.text(), r.at())).orElse(null);
        return new GeneralInfo(first == null ? null : first.headingText(), first == null ? null : first.at(), rows,
                value(rows, Label.FUNCTION_NAME), date, date == null ? null : DateText.parse(date).orElse(null),
                value(rows, Label.STATUS), codeLine);
    }

    private static List<String> values(Block row) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i < row.cells().size(); i++) {
            values.addAll(row.cell(i).items());
        }
        return values;
    }

    private static boolean taken(List<InfoRow> rows, Label label) {
        return rows.stream().anyMatch(r -> label.name().equals(r.readAs()));
    }

    private static @Nullable String value(List<InfoRow> rows, Label label) {
        return rows.stream().filter(r -> label.name().equals(r.readAs())).findFirst().map(InfoRow::text).orElse(null);
    }
}
