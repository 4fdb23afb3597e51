package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfFormatTest {

    @Test
    void readsUntaggedPdfLineByLineWithWideGapsAsCells() throws Exception {
        SourceDocument document = read(untagged(3));

        assertThat(document.blocks()).extracting(Block::text).containsExactly(
                "Functieprofiel Wijkbeheerder", "Functiecode\tWB-03", "Schaal\t9",
                "Functieprofiel Wijkbeheerder", "Functiecode\tWB-03", "Schaal\t9",
                "Functieprofiel Wijkbeheerder", "Functiecode\tWB-03", "Schaal\t9");
        assertThat(document.get(1).isRow()).isTrue();
        assertThat(document.get(4).at()).hasToString("pagina 2");
    }

    @Test
    void keepsRunningLinesOfShortDocuments() throws Exception {
        assertThat(read(untagged(1)).blocks()).extracting(Block::text)
                .containsExactly("Gemeente Voorbeeldstad", "Functieprofiel Wijkbeheerder", "Functiecode\tWB-03", "Schaal\t9", "Pagina 1");
    }

    @Test
    void refusesPdfWhoseOwnerOnlyRestrictsPrinting() throws Exception {
        AccessPermission noPrinting = new AccessPermission();
        noPrinting.setCanPrint(false);
        byte[] pdf = HostilePdfs.encryptedPdf("", noPrinting);

        assertThatThrownBy(() -> read(pdf)).isInstanceOf(DocumentRefused.class)
                .hasMessageStartingWith("proef.pdf is versleuteld");
    }

    /** Pages with a running header and footer (page number), a title, and two label-value lines set in two columns. */
    private static byte[] untagged(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    show(content, font, 50, 800, "Gemeente Voorbeeldstad");
                    show(content, font, 50, 700, "Functieprofiel Wijkbeheerder");
                    show(content, font, 50, 680, "Functiecode");
                    show(content, font, 250, 680, "WB-03");
                    show(content, font, 50, 660, "Schaal");
                    show(content, font, 250, 660, "9");
                    show(content, font, 280, 40, "Pagina " + p);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 11);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static SourceDocument read(byte[] pdf) throws DocumentRefused {
        return new PdfFormat().read("proef.pdf", pdf, Limits.DEFAULT);
    }
}
