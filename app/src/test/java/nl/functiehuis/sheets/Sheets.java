package nl.functiehuis.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: a CSV text and a workbook's first sheet as lists of rows of cell texts. */
public final class Sheets {
    private Sheets() {}

    /** CSV lines split on commas; only for CSV whose fields hold no comma or quote. */
    public static List<List<String>> csv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            rows.add(List.of(line.split(",", -1)));
        }
        return rows;
    }

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's cells as text, each row as wide as its last cell. */
    public static List<List<String>> cells(XSSFWorkbook workbook) {
        Sheet sheet = workbook.getSheetAt(0);
        var format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
