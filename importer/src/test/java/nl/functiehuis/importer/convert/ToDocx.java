package nl.functiehuis.importer.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes a document as Word would hold it: consecutive rows form one real table, a cell's items are
 * its paragraphs (list items as bulleted list paragraphs), bulleted paragraphs are list paragraphs.
 */
public final class ToDocx {
    private ToDocx() {}

    public static byte[] convert(SourceDocument document) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger bullets = bullets(doc);
            XWPFTable table = null;
            for (Block block : document.blocks()) {
                if (block.isRow()) {
                    table = row(doc, table, block.cells(), bullets);
                } else {
                    table = null;
                    XWPFParagraph p = doc.createParagraph();
                    text(p, block.text());
                    if (block.isBulleted()) {
                        p.setNumID(bullets);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFTable row(XWPFDocument doc, XWPFTable current, List<Cell> cells, BigInteger bullets) {
        XWPFTable table = current != null ? current : doc.createTable();
        XWPFTableRow row = current != null ? table.createRow() : table.getRow(0);
        while (row.getTableCells().size() < cells.size()) {
            row.addNewTableCell();
        }
        while (row.getTableCells().size() > cells.size()) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        for (int i = 0; i < cells.size(); i++) {
            cell(row.getCell(i), cells.get(i), bullets);
        }
        return table;
    }

    private static void cell(XWPFTableCell target, Cell cell, BigInteger bullets) {
        List<Boolean> listed = CellItems.listed(cell);
        for (int i = 0; i < cell.items().size(); i++) {
            XWPFParagraph p = i == 0 ? target.getParagraphs().getFirst() : target.addParagraph();
            List<CellItems.Span> spans = CellItems.spans(cell, cell.items().get(i));
            if (spans.size() == 1) {
                text(p, spans.get(0).text());
            } else {
                spans.forEach(span -> run(p, span));
            }
            if (listed.get(i)) {
                p.setNumID(bullets);
            }
        }
    }

    private static void run(XWPFParagraph p, CellItems.Span span) {
        XWPFRun run = p.createRun();
        run.setText(span.text());
        if (span.underlined()) {
            run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        }
    }

    /** Lines of the text as runs separated by line breaks. */
    private static void text(XWPFParagraph p, String text) {
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static BigInteger bullets(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = doc.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }
}
