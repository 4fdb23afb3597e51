package nl.functiehuis.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
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
 * The body of one Word document in order: a paragraph is a block (a list paragraph gets a bullet,
 * a paragraph with tabs becomes a row as in a text export), a table row is a row whose cells hold
 * the cell's paragraphs as items; nested tables add their cells' paragraphs to the outer cell.
 * Headers, footers and notes are not read. Blocks are numbered in body order ("alinea N").
 */
final class DocxBody {
    private static final Pattern NOTE_MARK = Pattern.compile("\\[(footnoteRef|endnoteRef):\\d+]");

    private final XWPFDocument doc;
    private final BlockList blocks;
    private int number;

    DocxBody(String source, Limits limits, XWPFDocument doc) {
        this.doc = doc;
        this.blocks = new BlockList(source, limits);
    }

    SourceDocument read() throws DocumentRefused {
        for (IBodyElement element : doc.getBodyElements()) {
            switch (element) {
                case XWPFParagraph p -> paragraph(p);
                case XWPFTable t -> table(t);
                case XWPFSDT s -> {
                    for (String line : s.getContent().getText().split("\n")) {
                        blocks.line(next(), line);
                    }
                }
                default -> next();
            }
        }
        return blocks.document();
    }

    private Location next() {
        return new Location(Location.Unit.PARAGRAPH, ++number);
    }

    private void paragraph(XWPFParagraph p) throws DocumentRefused {
        String text = text(p);
        if (isListItem(p)) {
            blocks.paragraph(next(), text.replace('\t', ' '), BlockList.BULLET);
        } else {
            blocks.line(next(), text);
        }
    }

    private void table(XWPFTable table) throws DocumentRefused {
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> items = new ArrayList<>();
                List<String> html = new ArrayList<>();
                List<Boolean> listed = new ArrayList<>();
                collect(cell, items, html, listed);
                cells.add(BlockList.cell(items, html, listed));
            }
            blocks.row(next(), cells);
        }
    }

    private void collect(XWPFTableCell cell, List<String> items, List<String> html, List<Boolean> listed) {
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                String text = text(p).replace('\t', ' ');
                Matcher typed = BlockList.TYPED_BULLET.matcher(text);
                boolean bullet = typed.matches();
                items.add(bullet ? typed.group(2) : text);
                html.add(bullet ? org.jsoup.nodes.Entities.escape(typed.group(2)) : marked(p));
                listed.add(bullet || isListItem(p));
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        collect(inner, items, html, listed);
                    }
                }
            }
        }
    }

    /** The paragraph's text as HTML, underlined runs in {@code <u>}: table cells use underlines as labels. */
    static String marked(XWPFParagraph p) {
        StringBuilder html = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                String text = org.jsoup.nodes.Entities.escape(NOTE_MARK.matcher(r.text()).replaceAll("").replace('\t', ' '));
                boolean underlined = r.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE;
                html.append(underlined && !text.isBlank() ? "<u>" + text + "</u>" : text);
            } else if (run instanceof XWPFSDT s) {
                html.append(org.jsoup.nodes.Entities.escape(s.getContent().getText()));
            }
        }
        return html.toString();
    }

    /** The text of the paragraph's runs and inline content controls, without POI's marks for notes. */
    static String text(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                text.append(r.text());
            } else if (run instanceof XWPFSDT s) {
                text.append(s.getContent().getText());
            }
        }
        return text.indexOf("[") < 0 ? text.toString() : NOTE_MARK.matcher(text).replaceAll("");
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
