package nl.functiehuis.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.functiehuis.comparison.Cell;
import nl.functiehuis.comparison.ColumnGroup;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.comparison.MatrixRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A competency matrix as an Excel workbook with the same cells as {@link MatrixCsv}: the dimension row
 * merged over each dimension's columns, a styled header, frozen code and function columns and header
 * rows, and each level's name as a cell comment (shown on hover).
 */
public final class MatrixWorkbook {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET = "Competentiematrix";

    private MatrixWorkbook() {}

    public static byte[] write(CompetencyMatrix matrix) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(matrix.title());
            XSSFSheet sheet = workbook.createSheet(SHEET);
            var styles = new WorkbookStyles(workbook);
            write(sheet.createRow(0), MatrixGrid.dimensions(matrix), styles.dimension());
            write(sheet.createRow(1), MatrixGrid.header(matrix), styles.header());
            sheet.getRow(1).getCell(0).setCellStyle(styles.headerLeft());
            sheet.getRow(1).getCell(1).setCellStyle(styles.headerLeft());
            mergeDimensions(sheet, matrix);
            var comments = new LevelComments(sheet);
            for (int i = 0; i < matrix.rows().size(); i++) {
                MatrixRow r = matrix.rows().get(i);
                Row row = sheet.createRow(i + 2);
                write(row, MatrixGrid.row(r), styles.level());
                row.getCell(0).setCellStyle(styles.text());
                row.getCell(1).setCellStyle(styles.text());
                for (int c = 0; c < r.cells().size(); c++) {
                    Cell cell = r.cells().get(c);
                    if (!(cell instanceof Cell.Absent)) {
                        comments.add(row.getCell(c + MatrixGrid.LEADING), r.title() + " — " + matrix.competencies().get(c)
                                + ": " + cell.hint());
                    }
                }
            }
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(1, 36 * 256);
            for (int c = 0; c < matrix.competencies().size(); c++) {
                sheet.setColumnWidth(c + MatrixGrid.LEADING, 6 * 256);
            }
            sheet.getRow(1).setHeightInPoints(150);
            sheet.createFreezePane(MatrixGrid.LEADING, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            if (!values.get(i).isEmpty()) {
                cell.setCellValue(values.get(i));
            }
            cell.setCellStyle(style);
        }
    }

    private static void mergeDimensions(XSSFSheet sheet, CompetencyMatrix matrix) {
        int first = MatrixGrid.LEADING;
        for (ColumnGroup g : matrix.groups()) {
            int last = first + g.competencies().size() - 1;
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, first, last));
            }
            first = last + 1;
        }
    }
}
