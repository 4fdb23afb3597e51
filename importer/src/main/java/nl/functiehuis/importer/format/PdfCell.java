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

    void collect(PDStructureElement element, @Nullable PDPage at, boolean inList) throws IOException {
        PdfText loose = new PdfText();
        for (Object kid : element.getKids()) {
            if (!(kid instanceof PDStructureElement e) || !PdfStructure.BLOCKS.contains(PdfStructure.type(e))
                    && !isCellPart(e)) {
                structure.content(kid, at, loose);
                continue;
            }
            item(loose, inList);
            loose = new PdfText();
            PDPage page = PdfStructure.pageOf(e, at);
            String type = PdfStructure.type(e);
            if (type.equals("LI")) {
                PdfText text = new PdfText();
                List<PDStructureElement> nested = new ArrayList<>();
                structure.itemText(e, page, text, nested);
                item(text, true);
                for (PDStructureElement n : nested) {
                    collect(n, PdfStructure.pageOf(n, page), true);
                }
            } else if (PdfStructure.PARAGRAPHS.contains(type) && !structure.hasBlockKids(e)) {
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
        return List.of("TD", "TH", "THead", "TBody", "TFoot").contains(PdfStructure.type(e));
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
