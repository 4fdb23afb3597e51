package nl.functiehuis.importer.convert;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * Writes a document as well-formed XHTML: paragraphs as {@code <p>}, runs of bulleted paragraphs as
 * one {@code <ul>}, consecutive rows as one {@code <table>} whose cells hold {@code <p>} and
 * {@code <ul><li>} items. {@link ToPdf} renders the same markup.
 */
public final class ToHtml {
    static final int WIDE = 12;

    private ToHtml() {}

    public static byte[] convert(SourceDocument document) {
        return html(document, "").getBytes(StandardCharsets.UTF_8);
    }

    static String html(SourceDocument document, String style) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(document.source())).append("</title><meta name=\"description\" content=\"")
                .append(escape(document.source())).append("\"/>").append(style).append("</head><body>\n");
        String open = "";
        for (Block block : document.blocks()) {
            String wanted = block.isRow() ? "table" : block.isBulleted() ? "ul" : "";
            if (!wanted.equals(open)) {
                close(html, open);
                if (!wanted.isEmpty()) {
                    html.append('<').append(wanted).append(wide(document, block) ? " class=\"wide\"" : "").append(">\n");
                }
                open = wanted;
            }
            if (block.isRow()) {
                row(html, block.cells());
            } else if (block.isBulleted()) {
                html.append("<li>").append(escape(block.text())).append("</li>\n");
            } else {
                html.append("<p>").append(escape(block.text())).append("</p>\n");
            }
        }
        close(html, open);
        return html.append("</body></html>\n").toString();
    }

    /** A table with a row of more than {@link #WIDE} cells: one that does not fit a normal page. */
    private static boolean wide(SourceDocument document, Block first) {
        if (!first.isRow()) {
            return false;
        }
        for (int i = document.blocks().indexOf(first); i < document.size() && document.get(i).isRow(); i++) {
            if (document.get(i).cells().size() > WIDE) {
                return true;
            }
        }
        return false;
    }

    private static void close(StringBuilder html, String open) {
        if (!open.isEmpty()) {
            html.append("</").append(open).append(">\n");
        }
    }

    private static void row(StringBuilder html, List<Cell> cells) {
        html.append("<tr>");
        for (Cell cell : cells) {
            html.append("<td>");
            List<Boolean> listed = CellItems.listed(cell);
            boolean inList = false;
            for (int i = 0; i < cell.items().size(); i++) {
                if (listed.get(i) != inList) {
                    html.append(inList ? "</ul>" : "<ul>");
                    inList = listed.get(i);
                }
                String tag = inList ? "li" : "p";
                html.append('<').append(tag).append('>').append(escape(cell.items().get(i))).append("</").append(tag).append('>');
            }
            html.append(inList ? "</ul>" : "").append("</td>");
        }
        html.append("</tr>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
