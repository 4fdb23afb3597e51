package nl.functiehuis.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {

    @Test
    void readsHeadingsParagraphsListsAndTables() throws DocumentRefused {
        SourceDocument document = read("""
                <html><head><title>niet lezen</title><style>p { color: red }</style></head><body>
                <h1>Functieprofiel  Beheerder
                    openbare ruimte</h1>
                <p>Doel: een schone wijk.</p>
                <ul><li>Onderhoudt groen<ul><li>Snoeit bomen</li></ul></li><li>Meldt schade</li></ul>
                <table><thead><tr><th>Kenmerk</th><th>Waarde</th></tr></thead>
                <tbody><tr><td>Schaal</td><td><p>8</p><ul><li>met toeslag</li></ul></td></tr></tbody></table>
                <div>Losse tekst<br>op twee regels<p>en een alinea</p></div>
                </body></html>
                """);

        assertThat(document.blocks()).extracting(Block::text).containsExactly(
                "Functieprofiel Beheerder openbare ruimte", "Doel: een schone wijk.", "Onderhoudt groen", "Snoeit bomen",
                "Meldt schade", "Kenmerk\tWaarde", "Schaal\t8 met toeslag", "Losse tekst", "op twee regels", "en een alinea");
        assertThat(document.blocks()).extracting(Block::isBulleted)
                .containsExactly(false, false, true, true, true, false, false, false, false, false);
        assertThat(document.get(6).cell(1).items()).containsExactly("8", "met toeslag");
        assertThat(document.get(6).cell(1).listed()).isTrue();
        assertThat(document.get(6).at()).hasToString("alinea 7");
    }

    @Test
    void keepsEscapedMarkupInPlainCellsAsText() throws DocumentRefused {
        SourceDocument document = read("<table><tr><td>a &lt;b&gt; c &amp; d</td><td>• een • twee</td></tr></table>");

        assertThat(document.get(0).cell(0).items()).containsExactly("a <b> c & d");
        assertThat(document.get(0).cell(1).items()).isEqualTo(List.of("een", "twee"));
    }

    private static SourceDocument read(String html) throws DocumentRefused {
        return new HtmlFormat().read("proef.html", html.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
    }
}
