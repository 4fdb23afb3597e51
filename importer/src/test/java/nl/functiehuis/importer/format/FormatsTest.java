package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.functiehuis.importer.convert.ToHtml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            profiel.txt  | Functieprofiel Wijkbeheerder                          | TextFormat
            profiel.bin  | %PDF-1.7 rest                                         | PdfFormat
            profiel.html | Functieprofiel                                        | HtmlFormat
            export.txt   | <!DOCTYPE html><html><body><p>x</p></body></html>     | HtmlFormat
            export       | <table><tr><td>Schaal</td><td>9</td></tr></table>     | HtmlFormat
            cel.txt      | <p>Taken</p>\t<ul><li>plant</li></ul>                 | TextFormat
            """)
    void choosesFormatByBytesAndName(String name, String content, String format) throws DocumentRefused {
        assertThat(Formats.detect(name, content.replace("\\t", "\t").getBytes(StandardCharsets.UTF_8)))
                .extracting(f -> f.getClass().getSimpleName()).isEqualTo(format);
    }

    @Test
    void choosesWordAndOpenDocumentByZipEntries() throws Exception {
        assertThat(Formats.detect("x.zip", HostileFiles.smallDocx())).isInstanceOf(DocxFormat.class);
        assertThat(Formats.detect("x.zip", HostileFiles.smallOdt())).isInstanceOf(OdtFormat.class);
        assertThat(Formats.detect("x", ToHtml.convert(HostileFiles.small()))).isInstanceOf(HtmlFormat.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            oud.doc      | \u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1 | oud Office-formaat
            brief.rtf    | {\\rtf1\\ansi Beste                              | RTF
            leeg.docx    | gewone tekst                                     | verkeerd benoemd
            """)
    void refusesWhatItCannotReadNamingTheFile(String name, String content, String reason) {
        assertThatThrownBy(() -> Formats.detect(name, content.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(DocumentRefused.class).hasMessageStartingWith(name).hasMessageContaining(reason);
    }

    @Test
    void refusesControlBytesThatHappenToBeValidUtf8() {
        byte[] controls = new byte[4096];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (1 + i % 8);
        }
        assertThatThrownBy(() -> new TextFormat().read("stuur.txt", controls, Limits.DEFAULT))
                .isInstanceOf(DocumentRefused.class).hasMessage("stuur.txt: geen tekstbestand (onleesbare tekens)");
    }
}
