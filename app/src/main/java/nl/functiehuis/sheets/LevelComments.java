package nl.functiehuis.sheets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Cell comments, the workbook's hover text: what a matrix cell means in words. */
final class LevelComments {
    private final XSSFSheet sheet;
    private final Drawing<?> drawing;

    LevelComments(XSSFSheet sheet) {
        this.sheet = sheet;
        this.drawing = sheet.createDrawingPatriarch();
    }

    void add(Cell cell, String text) {
        var helper = sheet.getWorkbook().getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        var comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("functiehuis");
        cell.setCellComment(comment);
    }
}
