package nl.functiehuis.importer.format;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * The body of one Word document through POI's full model, for what the streaming reader
 * ({@link DocxStream}) leaves to POI: content controls, ruby text, form check boxes, unusual packages.
 * Nested tables add their cells' paragraphs to the outer cell; headers, footers and notes are not read.
 */
final class DocxBody {
    private final XWPFDocument doc;
    private final DocxBlocks blocks;

    DocxBody(String source, Limits limits, XWPFDocument doc) {
        this.doc = doc;
        this.blocks = new DocxBlocks(source, limits);
    }

    SourceDocument read() throws DocumentRefused {
        for (IBodyElement element : doc.getBodyElements()) {
            switch (element) {
                case XWPFParagraph p -> blocks.paragraph(paragraph(p));
                case XWPFTable t -> table(t);
                case XWPFSDT s -> blocks.control(s.getContent().getText());
                default -> blocks.skip();
            }
        }
        return blocks.document();
    }

    private void table(XWPFTable table) throws DocumentRefused {
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                DocxBlocks.CellItems items = new DocxBlocks.CellItems();
                collect(cell, items);
                cells.add(items.cell());
            }
            blocks.row(cells);
        }
    }

    private void collect(XWPFTableCell cell, DocxBlocks.CellItems items) {
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                items.add(paragraph(p));
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        collect(inner, items);
                    }
                }
            }
        }
    }

    private DocxParagraph paragraph(XWPFParagraph p) {
        List<DocxParagraph.Run> runs = new ArrayList<>();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                runs.add(new DocxParagraph.Run(r.text(), r.getUnderline() != UnderlinePatterns.NONE, false));
            } else if (run instanceof XWPFSDT s) {
                runs.add(new DocxParagraph.Run(s.getContent().getText(), false, true));
            }
        }
        return new DocxParagraph(runs, isListItem(p));
    }

    /** Numbered directly, or through its paragraph style (e.g. "List Bullet") or a style it is based on. */
    private boolean isListItem(XWPFParagraph p) {
        if (p.getNumID() != null) {
            return p.getNumID().signum() != 0;
        }
        String styleId = p.getStyleID();
        for (int depth = 0; styleId != null && doc.getStyles() != null && depth < 5; depth++) {
            XWPFStyle style = doc.getStyles().getStyle(styleId);
            if (style == null) {
                return false;
            }
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null && ppr.isSetNumPr()) {
                return ppr.getNumPr().getNumId() == null || ppr.getNumPr().getNumId().getVal().intValue() != 0;
            }
            styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return false;
    }
}
