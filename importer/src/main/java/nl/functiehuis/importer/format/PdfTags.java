package nl.functiehuis.importer.format;

import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.jspecify.annotations.Nullable;

/** The standard structure types of tagged PDF that the reader tells apart (role maps applied). */
final class PdfTags {
    /** Elements whose text is one paragraph (or one cell item). */
    static final Set<String> PARAGRAPHS = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6",
            "Caption", "TOCI", "Lbl", "BlockQuote", "Note", "Code");
    /** Elements that stand on their own; anything else is inline text of its parent. */
    static final Set<String> BLOCKS = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Caption",
            "TOC", "TOCI", "L", "LI", "Table", "TR", "Div", "Sect", "Part", "Art", "BlockQuote", "Document", "NonStruct");

    private PdfTags() {}

    static String type(PDStructureElement e) {
        String standard = e.getStandardStructureType();
        return standard != null ? standard : String.valueOf(e.getStructureType());
    }

    static boolean isCell(PDStructureElement e) {
        return type(e).equals("TD") || type(e).equals("TH");
    }

    static boolean isSection(PDStructureElement e) {
        return Set.of("THead", "TBody", "TFoot").contains(type(e));
    }

    static @Nullable PDPage pageOf(PDStructureElement e, @Nullable PDPage inherited) {
        return e.getPage() != null ? e.getPage() : inherited;
    }
}
