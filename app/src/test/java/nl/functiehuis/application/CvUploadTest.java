package nl.functiehuis.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.functiehuis.CvSamples;
import nl.functiehuis.InvalidValue;
import org.junit.jupiter.api.Test;

class CvUploadTest {

    @Test
    void readsAPdfByItsBytesWithItsText() {
        var cv = CvUpload.read("cv", "C:\\Users\\anna\\cv anna.pdf", CvSamples.pdf("Anna de Vries", "Archivaris"));

        assertThat(cv.name()).isEqualTo("cv anna.pdf");
        assertThat(cv.mediaType()).isEqualTo("application/pdf");
        assertThat(cv.text()).contains("Anna de Vries").contains("Archivaris");
    }

    @Test
    void readsWordAndTextFiles() {
        var word = CvUpload.read("cv", "cv.docx", CvSamples.docx("Bram Jansen", "Zaaksystemen"));
        var text = CvUpload.read("cv", "cv.txt", CvSamples.text("Cor Bakker\nTien jaar archief"));

        assertThat(word.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(word.text()).isEqualTo("Bram Jansen\nZaaksystemen");
        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(text.text()).contains("Tien jaar archief");
    }

    @Test
    void refusesAFileThatIsNotWhatItsNameSays() {
        assertThatThrownBy(() -> CvUpload.read("cv", "cv.pdf", CvSamples.text("gewoon tekst")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("cv");
                    assertThat(e.problem()).contains("cv.pdf").contains("inhoud is dat niet");
                });
    }

    @Test
    void refusesHtmlAndOldWordFiles() {
        assertThatThrownBy(() -> CvUpload.read("cv-bestand", "cv.html", CvSamples.text("<html><body>x</body></html>")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.problem()).contains("HTML"));
        byte[] ole = "\u00d0\u00cf\u0011\u00e0rest".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CvUpload.read("cv-bestand", "cv.doc", ole))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("cv-bestand");
                    assertThat(e.problem()).contains(".doc");
                });
    }

    @Test
    void refusesEmptyNamelessAndTooLargeFiles() {
        assertThatThrownBy(() -> CvUpload.read("cv", "cv.txt", new byte[0]))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.problem()).isEqualTo("cv.txt is leeg"));
        assertThatThrownBy(() -> CvUpload.read("cv", " ", CvSamples.text("x")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.problem()).contains("bestandsnaam"));
        byte[] big = new byte[(int) CvUpload.MAX_BYTES + 1];
        assertThatThrownBy(() -> CvUpload.read("cv", "groot.txt", big))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.problem())
                        .isEqualTo("groot.txt is 10.485.761 bytes; een cv-bestand mag hoogstens 10 MB (10.485.760 bytes) zijn"));
    }
}
