package nl.functiehuis.sheets;

import java.util.List;
import java.util.stream.Collectors;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.comparison.MatrixRow;

/**
 * A competency matrix as CSV (RFC 4180: comma, CRLF, quotes only where needed; UTF-8 without BOM). Two
 * header lines, dimension then column names, so that a reader can take both as a two-level header.
 */
public final class MatrixCsv {
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private MatrixCsv() {}

    public static String write(CompetencyMatrix matrix) {
        var csv = new StringBuilder();
        line(csv, MatrixGrid.dimensions(matrix));
        line(csv, MatrixGrid.header(matrix));
        for (MatrixRow r : matrix.rows()) {
            line(csv, MatrixGrid.row(r));
        }
        return csv.toString();
    }

    /** One CSV line of these fields, CRLF included. */
    public static String line(List<String> fields) {
        return fields.stream().map(MatrixCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(line(fields));
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
