package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

class DocxFormatTest {

    @Test
    void readsParagraphsListsAndTablesInBodyOrder() throws Exception {
        SourceDocument document = read(doc -> {
            doc.createParagraph().createRun().setText("Functiebeschrijving Beheerder openbare ruimte");
            XWPFParagraph item = doc.createParagraph();
            item.createRun().setText("Onderhoudt groen en bestrating");
            item.setNumID(BigInteger.ONE);
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Functiecode");
            table.getRow(0).getCell(1).setText("BOR-07");
            table.getRow(1).getCell(0).setText("Taken");
            XWPFTableCell tasks = table.getRow(1).getCell(1);
            XWPFRun label = tasks.getParagraphs().getFirst().createRun();
            label.setText("Inspecteert");
            label.setUnderline(UnderlinePatterns.SINGLE);
            tasks.getParagraphs().getFirst().createRun().setText(" speelplaatsen");
            XWPFParagraph listed = tasks.addParagraph();
            listed.createRun().setText("Meldt schade");
            listed.setNumID(BigInteger.ONE);
            doc.createParagraph().createRun().setText("Schaal\t8");
        });

        assertThat(document.blocks()).extracting(Block::text).containsExactly(
                "Functiebeschrijving Beheerder openbare ruimte", "Onderhoudt groen en bestrating",
                "Functiecode\tBOR-07", "Taken\tInspecteert speelplaatsen Meldt schade", "Schaal\t8");
        assertThat(document.get(1).bullet()).isEqualTo("•");
        assertThat(document.get(3).cell(1)).isEqualTo(new Cell("<p><u>Inspecteert</u> speelplaatsen</p><ul><li>Meldt schade</li></ul>",
                List.of("Inspecteert speelplaatsen", "Meldt schade"), true));
        assertThat(document.get(4).isRow()).isTrue();
        assertThat(document.blocks()).extracting(b -> b.at().toString())
                .containsExactly("alinea 1", "alinea 2", "alinea 3", "alinea 4", "alinea 5");
    }

    @Test
    void flattensNestedTableIntoTheOuterCell() throws Exception {
        SourceDocument document = read(doc -> {
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Niveaus");
            XWPFTableCell outer = table.getRow(0).getCell(1);
            XWPFTable inner = outer.insertNewTbl(outer.getParagraphs().getFirst().getCTP().newCursor());
            inner.getCTTbl().addNewTr().addNewTc().addNewP().addNewR().addNewT().setStringValue("A: uitvoerend");
            inner.getCTTbl().getTrArray(0).addNewTc().addNewP().addNewR().addNewT().setStringValue("B: zelfstandig");
        });

        assertThat(document.get(0).cell(1).items()).contains("A: uitvoerend", "B: zelfstandig");
    }

    @Test
    void ignoresHeadersFootersAndFootnoteMarks() throws Exception {
        SourceDocument document = read(doc -> {
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("Gemeente Voorbeeldstad");
            policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("Pagina 1");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Ingangsdatum 1 januari 2025");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("Onder voorbehoud");
            p.addFootnoteReference(note);
        });

        assertThat(document.blocks()).extracting(Block::text).containsExactly("Ingangsdatum 1 januari 2025");
    }

    @Test
    void keepsTypedBulletsAsBullets() throws Exception {
        SourceDocument document = read(doc -> doc.createParagraph().createRun().setText("- Rijbewijs B"));

        assertThat(document.get(0).text()).isEqualTo("Rijbewijs B");
        assertThat(document.get(0).isBulleted()).isTrue();
    }

    interface Writer {
        void write(XWPFDocument doc) throws IOException;
    }

    static SourceDocument read(Writer writer) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(doc);
            doc.write(out);
            return new DocxFormat().read("proef.docx", out.toByteArray(), Limits.DEFAULT);
        }
    }
}
