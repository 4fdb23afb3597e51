package nl.functiehuis.importer.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Cell;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.jspecify.annotations.Nullable;

/**
 * One table cell of a tagged PDF: its paragraphs and list items as items, in order; text that stands
 * loose in the cell is an item too, and a nested table's cells add their items to this cell.
 */
final class PdfCell {
    private final PdfStructure structure;
    private final List<String> items = new ArrayList<>();
    private final List<Boolean> listed = new ArrayList<>();
    private @Nullable PDPage page;

    PdfCell(PdfStructure structure) {
        this.structure = structure;
    }

    /** The cells of a table row; {@code first} learns the page the row starts on. */
    static List<Cell> cells(PdfStructure structure, PDStructureElement tr, @Nullable PDPage page, PdfText first)
            throws IOException {
        List<Cell> cells = new ArrayList<>();
        for (Object kid : tr.getKids()) {
            if (kid instanceof PDStructureElement e && PdfTags.isCell(e)) {
                PdfCell cell = new PdfCell(structure);
                cell.collect(e, PdfTags.pageOf(e, page), false);
                cells.add(cell.cell());
                first.pageOnce(cell.page());
            }
        }
        return cells;
    }

    void collect(PDStructureElement element, @Nullable PDPage at, boolean inList) throws IOException {
        PdfText loose = new PdfText();
        for (Object kid : element.getKids()) {
            if (!(kid instanceof PDStructureElement e) || !PdfTags.BLOCKS.contains(PdfTags.type(e))
                    && !isCellPart(e)) {
                structure.content(kid, at, loose);
                continue;
            }
            item(loose, inList);
            loose = new PdfText();
            PDPage page = PdfTags.pageOf(e, at);
            String type = PdfTags.type(e);
            if (type.equals("LI")) {
                PdfText text = new PdfText();
                List<PDStructureElement> nested = new ArrayList<>();
                structure.itemText(e, page, text, nested);
                item(text, true);
                for (PDStructureElement n : nested) {
                    collect(n, PdfTags.pageOf(n, page), true);
                }
            } else if (PdfTags.PARAGRAPHS.contains(type) && !structure.hasBlockKids(e)) {
                PdfText text = new PdfText();
                structure.content(e, page, text);
                item(text, inList);
            } else {
                collect(e, page, inList || type.equals("L"));
            }
        }
        item(loose, inList);
    }

    private static boolean isCellPart(PDStructureElement e) {
        return PdfTags.isCell(e) || PdfTags.isSection(e);
    }

    private void item(PdfText text, boolean isListed) {
        if (!text.isEmpty()) {
            if (page == null) {
                page = text.page;
            }
            items.add(structure.text(text.glyphs));
            listed.add(isListed);
        }
    }

    @Nullable PDPage page() {
        return page;
    }

    Cell cell() {
        return BlockList.cell(items, listed);
    }
}
