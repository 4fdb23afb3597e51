package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publish} on the demo house: a profile as PDF and HTML, a booklet as PDF, and what it refuses. */
class CliPublishIT {

    @TempDir
    static Path shared;

    static String data;

    @BeforeAll
    static void demoHouse() {
        data = shared.resolve("house").toString();
        assertThat(CliRun.of("demo", "--data", data).exit()).isZero();
    }

    @Test
    void writesAProfileAsPdfAndAsHtml() throws IOException {
        Path pdf = shared.resolve("profiel.pdf");
        Path html = shared.resolve("profiel.html");

        CliRun asPdf = CliRun.of("publish", "VS01.01.04/VP", "--out", pdf.toString(), "--data", data);
        CliRun asHtml = CliRun.of("publish", "vs-3102", "--format", "html", "--out", html.toString(), "--data", data);

        assertThat(asPdf.exit()).as(asPdf.err()).isZero();
        assertThat(asPdf.out()).contains("Gepubliceerd: VS01.01.04/VP", pdf.toString());
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(asHtml.exit()).as(asHtml.err()).isZero();
        assertThat(Files.readString(html)).contains("<html", "Klantbegeleider", "Differentiërende factoren");
    }

    @Test
    void writesTheBookletOfASeries() throws IOException {
        Path booklet = shared.resolve("boekje.pdf");

        CliRun run = CliRun.of("publish", "--series", "VS01", "--out", booklet.toString(), "--data", data);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("boekje Publieksdienstverlening met 6 profielen");
        assertThat(Files.size(booklet)).isGreaterThan(10_000);
        try (var files = Files.list(shared)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void refusesUnknownCodesAndAnHtmlBooklet() {
        CliRun unknown = CliRun.of("publish", "XX99", "--out", shared.resolve("x.pdf").toString(), "--data", data);
        CliRun unknownGroup = CliRun.of("publish", "--group", "XX", "--data", data);
        CliRun htmlBooklet = CliRun.of("publish", "--series", "VS01", "--format", "html", "--data", data);
        CliRun both = CliRun.of("publish", "VS01.01.02", "--series", "VS01", "--data", data);

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("XX99", "onbekend profiel");
        assertThat(Files.exists(shared.resolve("x.pdf"))).isFalse();
        assertThat(unknownGroup.exit()).isEqualTo(2);
        assertThat(unknownGroup.err()).contains("groep XX", "bestaat niet");
        assertThat(htmlBooklet.exit()).isEqualTo(1);
        assertThat(htmlBooklet.err()).contains("altijd een PDF");
        assertThat(both.exit()).isEqualTo(1);
    }
}
