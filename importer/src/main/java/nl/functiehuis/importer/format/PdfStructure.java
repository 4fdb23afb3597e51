package nl.functiehuis.importer.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.pdfbox.cos.COSDictionary;
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
    private final PDDocument doc;
    private final PdfMarkedText marked;
    private final BlockList blocks;
    private final Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();

    PdfStructure(String source, Limits limits, PDDocument doc) {
        this.doc = doc;
        this.marked = new PdfMarkedText(doc);
        this.blocks = new BlockList(source, limits);
        for (PDPage page : doc.getPages()) {
            pageIndex.put(page.getCOSObject(), pageIndex.size());
        }
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
            if (kid instanceof PDStructureElement e && PdfTags.BLOCKS.contains(PdfTags.type(e))) {
                paragraph(loose, null);
                loose = new PdfText();
                block(e, PdfTags.pageOf(e, page));
            } else {
                content(kid, page, loose);
            }
        }
        paragraph(loose, null);
    }

    private void block(PDStructureElement e, @Nullable PDPage page) throws IOException, DocumentRefused {
        switch (PdfTags.type(e)) {
            case "Table" -> rows(e, page);
            case "L" -> list(e, page);
            case "LI" -> item(e, page);
            default -> {
                if (PdfTags.PARAGRAPHS.contains(PdfTags.type(e)) && !hasBlockKids(e)) {
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
            if (kid instanceof PDStructureElement e && PdfTags.type(e).equals("LI")) {
                item(e, PdfTags.pageOf(e, page));
            } else if (kid instanceof PDStructureElement e && PdfTags.type(e).equals("L")) {
                list(e, PdfTags.pageOf(e, page));
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
            block(e, PdfTags.pageOf(e, page));
        }
    }

    void itemText(PDStructureElement e, @Nullable PDPage page, PdfText text, List<PDStructureElement> nested)
            throws IOException {
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement k && (PdfTags.type(k).equals("L") || PdfTags.type(k).equals("Table"))) {
                nested.add(k);
            } else if (kid instanceof PDStructureElement k && PdfTags.type(k).equals("Lbl")) {
                continue;
            } else if (kid instanceof PDStructureElement k) {
                itemText(k, PdfTags.pageOf(k, page), text, nested);
            } else {
                content(kid, page, text);
            }
        }
    }

    private void rows(PDStructureElement table, @Nullable PDPage page) throws IOException, DocumentRefused {
        for (Object kid : table.getKids()) {
            if (kid instanceof PDStructureElement e && PdfTags.type(e).equals("TR")) {
                row(e, PdfTags.pageOf(e, page));
            } else if (kid instanceof PDStructureElement e && PdfTags.isSection(e)) {
                rows(e, PdfTags.pageOf(e, page));
            }
        }
    }

    private void row(PDStructureElement tr, @Nullable PDPage page) throws IOException, DocumentRefused {
        PdfText first = new PdfText();
        List<Cell> cells = PdfCell.cells(this, tr, page, first);
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
                if (!PdfTags.type(e).equals("Artifact")) {
                    for (Object k : e.getKids()) {
                        content(k, PdfTags.pageOf(e, page), text);
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
        int index = index(page);
        return index < 0 ? List.of() : marked.glyphs(index, mcid);
    }

    private Location location(@Nullable PDPage page) {
        return new Location(Location.Unit.PAGE, Math.max(0, index(page)) + 1);
    }

    private int index(@Nullable PDPage page) {
        return page == null ? -1 : pageIndex.getOrDefault(page.getCOSObject(), -1);
    }

    boolean hasBlockKids(PDStructureElement e) {
        return e.getKids().stream().anyMatch(k -> k instanceof PDStructureElement s && PdfTags.BLOCKS.contains(PdfTags.type(s)));
    }

}
