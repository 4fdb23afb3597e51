package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.junit.jupiter.api.Test;

class OdtFormatTest {
    private static final String NS = " xmlns:office=\"" + HostileFiles.OFFICE + "\" xmlns:text=\"" + HostileFiles.TEXT
            + "\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

    @Test
    void readsParagraphsListsAndTablesWithSpacesTabsAndRepeats() throws Exception {
        SourceDocument document = read("""
                <text:h>Functieprofiel<text:s text:c="2"/>Wijkbeheerder<text:note><text:note-citation>1</text:note-citation>\
                <text:note-body><text:p>voetnoot</text:p></text:note-body></text:note></text:h>
                <text:list><text:list-item><text:p>Voert schouw uit</text:p></text:list-item></text:list>
                <text:p>Schaal<text:tab/>9</text:p>
                <table:table><table:table-row>
                  <table:table-cell><text:p>Taken</text:p></table:table-cell>
                  <table:table-cell><text:p>Plant werk</text:p>
                    <text:list><text:list-item><text:p>Overlegt met bewoners</text:p></text:list-item></text:list></table:table-cell>
                  <table:covered-table-cell/>
                  <table:table-cell table:number-columns-repeated="3"><text:p>x</text:p></table:table-cell>
                </table:table-row></table:table>
                """);

        assertThat(document.blocks()).extracting(Block::text).containsExactly(
                "Functieprofiel  Wijkbeheerder", "Voert schouw uit", "Schaal\t9",
                "Taken\tPlant werk Overlegt met bewoners\t\tx\tx\tx");
        assertThat(document.get(1).isBulleted()).isTrue();
        assertThat(document.get(2).isRow()).isTrue();
        assertThat(document.get(3).cell(1).items()).isEqualTo(List.of("Plant werk", "Overlegt met bewoners"));
        assertThat(document.get(3).cell(1).listed()).isTrue();
    }

    @Test
    void refusesOtherOpenDocumentKinds() throws Exception {
        byte[] spreadsheet = HostileFiles.replace(HostileFiles.smallOdt(), "mimetype",
                HostileFiles.stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII)));

        assertThatThrownBy(() -> Formats.detect("tabel.ods", spreadsheet)).hasMessageContaining("tabel.ods")
                .hasMessageContaining("spreadsheet");
    }

    private static SourceDocument read(String body) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NS
                + "><office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        byte[] odt = HostileFiles.replace(HostileFiles.smallOdt(), "content.xml",
                HostileFiles.stored("content.xml", xml.getBytes(StandardCharsets.UTF_8)));
        return new OdtFormat().read("proef.odt", odt, Limits.DEFAULT);
    }
}
