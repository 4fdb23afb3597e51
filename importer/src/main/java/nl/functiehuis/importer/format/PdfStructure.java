package nl.functiehuis.importer.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * A tagged PDF read through its structure tree: P/H* are paragraphs, L/LI bulleted paragraphs
 * (labels skipped), Table/TR/TD rows and cells whose items are the cell's paragraphs and list items
 * (nested tables flattened). Text comes from the marked content each element refers to; the location
 * is the page where the element starts. Artifacts (running headers, page numbers) are not in the tree.
 */
final class PdfStructure {
    static final Set<String> PARAGRAPHS = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6",
            "Caption", "TOCI", "Lbl", "BlockQuote", "Note", "Code");
    static final Set<String> BLOCKS = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Caption",
            "TOC", "TOCI", "L", "LI", "Table", "TR", "Div", "Sect", "Part", "Art", "BlockQuote", "Document", "NonStruct");

    private final PDDocument doc;
    private final PdfMarkedText marked;
    private final BlockList blocks;

    PdfStructure(String source, Limits limits, PDDocument doc) {
        this.doc = doc;
        this.marked = new PdfMarkedText(doc);
        this.blocks = new BlockList(source, limits);
    }

    SourceDocument read() throws IOException, DocumentRefused {
        PDStructureNode root = doc.getDocumentCatalog().getStructureTreeRoot();
        container(root, null);
        return blocks.document();
    }

    /** Block-level kids become blocks; loose text and inline kids between them become a paragraph. */
    private void container(PDStructureNode node, @Nullable PDPage page) throws IOException, DocumentRefused {
        PdfText loose = new PdfText();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e && BLOCKS.contains(type(e))) {
                paragraph(loose, null);
                loose = new PdfText();
                block(e, pageOf(e, page));
            } else {
                content(kid, page, loose);
            }
        }
        paragraph(loose, null);
    }

    private void block(PDStructureElement e, @Nullable PDPage page) throws IOException, DocumentRefused {
        switch (type(e)) {
            case "Table" -> rows(e, page);
            case "L" -> list(e, page);
            case "LI" -> item(e, page);
            default -> {
                if (PARAGRAPHS.contains(type(e)) && !hasBlockKids(e)) {
                    PdfText text = new PdfText();
                    content(e, page, text);
                    paragraph(text, null);
                } else {
                    container(e, page);
                }
            }
        }
    }

    private void list(PDStructureElement list, @Nullable PDPage page) throws IOException, DocumentRefused {
        for (Object kid : list.getKids()) {
            if (kid instanceof PDStructureElement e && type(e).equals("LI")) {
                item(e, pageOf(e, page));
            } else if (kid instanceof PDStructureElement e && type(e).equals("L")) {
                list(e, pageOf(e, page));
            }
        }
    }

    /** A list item: its body's text as a bulleted paragraph, nested lists and tables as their own blocks. */
    private void item(PDStructureElement li, @Nullable PDPage page) throws IOException, DocumentRefused {
        PdfText text = new PdfText();
        List<PDStructureElement> nested = new ArrayList<>();
        itemText(li, page, text, nested);
        paragraph(text, BlockList.BULLET);
        for (PDStructureElement e : nested) {
            block(e, pageOf(e, page));
        }
    }

    void itemText(PDStructureElement e, @Nullable PDPage page, PdfText text, List<PDStructureElement> nested)
            throws IOException {
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement k && (type(k).equals("L") || type(k).equals("Table"))) {
                nested.add(k);
            } else if (kid instanceof PDStructureElement k && type(k).equals("Lbl")) {
                continue;
            } else if (kid instanceof PDStructureElement k) {
                itemText(k, pageOf(k, page), text, nested);
            } else {
                content(kid, page, text);
            }
        }
    }

    private void rows(PDStructureElement table, @Nullable PDPage page) throws IOException, DocumentRefused {
        for (Object kid : table.getKids()) {
            if (kid instanceof PDStructureElement e && type(e).equals("TR")) {
                row(e, pageOf(e, page));
            } else if (kid instanceof PDStructureElement e && Set.of("THead", "TBody", "TFoot").contains(type(e))) {
                rows(e, pageOf(e, page));
            }
        }
    }

    private void row(PDStructureElement tr, @Nullable PDPage page) throws IOException, DocumentRefused {
        List<Cell> cells = new ArrayList<>();
        PdfText first = new PdfText();
        for (Object kid : tr.getKids()) {
            if (kid instanceof PDStructureElement e && (type(e).equals("TD") || type(e).equals("TH"))) {
                PdfCell cell = new PdfCell(this);
                cell.collect(e, pageOf(e, page), false);
                cells.add(cell.cell());
                first.pageOnce(cell.page());
            }
        }
        blocks.row(location(first.page != null ? first.page : page), cells);
    }

    private void paragraph(PdfText text, @Nullable String bullet) throws DocumentRefused {
        blocks.paragraph(location(text.page), marked.text(text.glyphs), bullet);
    }

    /** The glyphs of an MCID, a marked-content reference, or every descendant of an element. */
    void content(Object kid, @Nullable PDPage page, PdfText text) throws IOException {
        switch (kid) {
            case Integer mcid -> text.add(page, glyphs(page, mcid));
            case PDMarkedContentReference ref -> {
                PDPage p = ref.getPage() != null ? ref.getPage() : page;
                text.add(p, glyphs(p, ref.getMCID()));
            }
            case PDStructureElement e -> {
                if (!type(e).equals("Artifact")) {
                    for (Object k : e.getKids()) {
                        content(k, pageOf(e, page), text);
                    }
                }
            }
            default -> { }
        }
    }

    String text(List<TextPosition> glyphs) {
        return marked.text(glyphs);
    }

    private List<TextPosition> glyphs(@Nullable PDPage page, int mcid) throws IOException {
        int index = page == null ? -1 : doc.getPages().indexOf(page);
        return index < 0 ? List.of() : marked.glyphs(index, mcid);
    }

    private Location location(@Nullable PDPage page) {
        return new Location(Location.Unit.PAGE, page == null ? 1 : doc.getPages().indexOf(page) + 1);
    }

    boolean hasBlockKids(PDStructureElement e) {
        return e.getKids().stream().anyMatch(k -> k instanceof PDStructureElement s && BLOCKS.contains(type(s)));
    }

    static @Nullable PDPage pageOf(PDStructureElement e, @Nullable PDPage inherited) {
        return e.getPage() != null ? e.getPage() : inherited;
    }

    static String type(PDStructureElement e) {
        String standard = e.getStandardStructureType();
        return standard != null ? standard : String.valueOf(e.getStructureType());
    }
}
