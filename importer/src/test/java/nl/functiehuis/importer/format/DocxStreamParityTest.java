package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.convert.ToDocx;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The streaming docx reader against POI's model: for the converted reference documents and for
 * random Word bodies (fixed seeds) both must give exactly the same blocks, cells and locations; what
 * the stream leaves to POI is read through POI.
 */
class DocxStreamParityTest {
    static final List<String> seeds = Seeds.NAMES;
    static final List<Long> randomSeeds = LongStream.range(0, 300).boxed().toList();

    @ParameterizedTest
    @FieldSource("seeds")
    void readsTheConvertedReferenceDocumentsAsPoiDoes(String seed) throws Exception {
        byte[] docx = ToDocx.convert(Seeds.text(seed));

        assertThat(DocxFormat.streamOnly("boek.docx", docx, Limits.DEFAULT))
                .isEqualTo(DocxFormat.throughPoi("boek.docx", docx, Limits.DEFAULT));
    }

    @ParameterizedTest
    @FieldSource("randomSeeds")
    void readsRandomWordBodiesAsPoiDoes(long seed) throws Exception {
        byte[] docx = docx(RandomWordXml.document(seed), RandomWordXml.STYLES);

        SourceDocument poi = DocxFormat.throughPoi("proef.docx", docx, Limits.DEFAULT);

        assertThat(DocxFormat.streamOnly("proef.docx", docx, Limits.DEFAULT)).isEqualTo(poi);
    }

    @Test
    void readsStyledListsLinksTrackedChangesAndCapitalsAsPoiDoes() throws Exception {
        String body = "<w:document xmlns:w=\"" + HostileFiles.W + "\"><w:body>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Kleinkind\"/></w:pPr><w:hyperlink><w:r><w:t>Zie bijlage</w:t></w:r></w:hyperlink></w:p>"
                + "<w:p><w:ins><w:r><w:t xml:space=\"preserve\">nieuw </w:t></w:r></w:ins><w:del><w:r><w:delText>oud</w:delText></w:r></w:del></w:p>"
                + "<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>schaal</w:t><w:tab/><w:t>8</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"GeenLijst\"/></w:pPr><w:r><w:t>Geen lijst</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        byte[] docx = docx(body, RandomWordXml.STYLES);

        SourceDocument read = DocxFormat.streamOnly("proef.docx", docx, Limits.DEFAULT);

        assertThat(read).isEqualTo(DocxFormat.throughPoi("proef.docx", docx, Limits.DEFAULT));
        assertThat(read.blocks()).extracting(b -> b.text()).containsExactly("Zie bijlage", "nieuw oud", "SCHAAL\t8", "Geen lijst");
        assertThat(read.blocks()).extracting(b -> b.isBulleted()).containsExactly(true, false, false, false);
    }

    @Test
    void leavesContentControlsToPoi() throws Exception {
        String body = "<w:document xmlns:w=\"" + HostileFiles.W + "\"><w:body>"
                + "<w:p><w:r><w:t>Functie</w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>Beheerder</w:t></w:r></w:sdtContent></w:sdt></w:p>"
                + "<w:sdt><w:sdtContent><w:p><w:r><w:t>Schaal 8</w:t></w:r></w:p><w:p><w:r><w:t>Niveau B</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                + "</w:body></w:document>";
        byte[] docx = docx(body, RandomWordXml.STYLES);

        SourceDocument read = new DocxFormat().read("proef.docx", docx, Limits.DEFAULT);

        assertThat(read).isEqualTo(DocxFormat.throughPoi("proef.docx", docx, Limits.DEFAULT));
        assertThat(read.blocks()).extracting(b -> b.text()).containsExactly("FunctieBeheerder", "Schaal 8", "Niveau B");
    }

    /** A docx made by POI (so with a styles part) whose document and styles are replaced. */
    static byte[] docx(String document, String styles) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles();
            doc.createParagraph().createRun().setText("x");
            doc.write(out);
            byte[] withDocument = HostileFiles.replace(out.toByteArray(), "word/document.xml",
                    HostileFiles.stored("word/document.xml", document.getBytes(StandardCharsets.UTF_8)));
            return HostileFiles.replace(withDocument, "word/styles.xml",
                    HostileFiles.stored("word/styles.xml", styles.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
