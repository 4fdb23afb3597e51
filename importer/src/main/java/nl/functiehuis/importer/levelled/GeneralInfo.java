package nl.functiehuis.importer.levelled;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * The general-information table: its heading as written, its rows in document order, and the values
 * read from them (the date both as written and as a date).
 */
public record GeneralInfo(
        @Nullable String heading,
        @Nullable Location at,
        List<InfoRow> rows,
        @Nullable String functionName,
        @Nullable String date,
        @Nullable LocalDate effectiveDate,
        @Nullable String status,
        @Nullable CodeLine codeLine) {

    public GeneralInfo {
        rows = List.copyOf(rows);
    }

    /** The row read as the given label, if the table has one. */
    public Optional<InfoRow> row(InfoLabel label) {
        return rows.stream().filter(r -> r.readAs() == label).findFirst();
    }

    /** The labels as written, in document order. */
    public List<String> labels() {
        return rows.stream().map(InfoRow::label).toList();
    }
}
