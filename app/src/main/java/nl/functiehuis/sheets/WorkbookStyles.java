package nl.functiehuis.sheets;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of the matrix workbook. */
record WorkbookStyles(CellStyle dimension, CellStyle header, CellStyle headerLeft, CellStyle text, CellStyle level) {

    WorkbookStyles(XSSFWorkbook workbook) {
        this(heading(workbook, HorizontalAlignment.CENTER, (short) 0), heading(workbook, HorizontalAlignment.CENTER, (short) 90),
                heading(workbook, HorizontalAlignment.LEFT, (short) 0), body(workbook, HorizontalAlignment.LEFT),
                body(workbook, HorizontalAlignment.CENTER));
    }

    private static CellStyle heading(XSSFWorkbook workbook, HorizontalAlignment alignment, short rotation) {
        CellStyle style = body(workbook, alignment);
        var font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setRotation(rotation);
        style.setVerticalAlignment(rotation == 0 ? VerticalAlignment.CENTER : VerticalAlignment.BOTTOM);
        return style;
    }

    private static CellStyle body(XSSFWorkbook workbook, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
