package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.functiehuis.sheets.Sheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix and compare commands end to end on the demo house, with their exit codes. */
class CliComparisonIT {

    @TempDir
    Path tmp;

    String data;

    @BeforeEach
    void demo() {
        data = tmp.resolve("data").toString();
        CliRun run = CliRun.of("demo", "--data", data);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void printsTheMatrixOfAGroupAsCsv() {
        CliRun run = CliRun.of("matrix", "--group", "Balie en contact", "--data", data);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(",Dimensie,Persoonlijk").contains("\r\nCode,Functie,", "\r\nVS01.01.02,Medewerker Dienstverlening I,");
    }

    @Test
    void writesTheMatrixOfASeriesToAWorkbookWithTheCellsOfTheCsv() throws IOException {
        Path xlsx = tmp.resolve("matrix.xlsx");

        CliRun run = CliRun.of("matrix", "--series", "VS01", "--format", "xlsx", "--out", xlsx.toString(), "--data", data);
        String csv = CliRun.of("matrix", "--series", "VS01", "--data", data).out();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("geschreven naar " + xlsx);
        try (var workbook = Sheets.open(Files.readAllBytes(xlsx))) {
            assertThat(Sheets.cells(workbook)).isEqualTo(Sheets.csv(csv));
        }
    }

    @Test
    void exitsWithTwoForAnUnknownGroupOrAProfileThatIsNoFamily() {
        CliRun unknown = CliRun.of("matrix", "--group", "Bestaatniet", "--data", data);
        CliRun noFamily = CliRun.of("matrix", "--family", "VS01.01.02", "--data", data);

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Onbekende functiegroep: Bestaatniet");
        assertThat(noFamily.exit()).isEqualTo(2);
        assertThat(noFamily.err()).contains("geen functiefamilie met niveaus");
    }

    @Test
    void exitsWithOneWithoutAScopeOrForAWorkbookWithoutAFile() {
        assertThat(CliRun.of("matrix", "--data", data).exit()).isEqualTo(1);
        assertThat(CliRun.of("matrix", "--group", "VS01.01", "--series", "VS01", "--data", data).exit()).isEqualTo(1);
        CliRun xlsx = CliRun.of("matrix", "--group", "VS01.01", "--format", "xlsx", "--data", data);
        assertThat(xlsx.exit()).isEqualTo(1);
        assertThat(xlsx.err()).contains("geef --out BESTAND");
    }

    @Test
    void comparesTheLevelsOfAFamilyMarkingWhatDiffers() {
        CliRun run = CliRun.of("compare", "VS-3101", "VS-3102", "VS-3103", "--data", data);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Vergelijking van 3 profielen", "≠ Schaal", "VS-3101: schaal 5", "VS-3103: schaal 7",
                "= Soort: Functiefamilie met niveaus", "[4 Communicatie]", "✓ (kerncompetentie)");
    }

    @Test
    void showsOnlyTheDifferencesOnRequest() {
        CliRun run = CliRun.of("compare", "VS-3100", "--differences", "--data", data);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("≠ Schaal").doesNotContain("= Soort");
    }

    @Test
    void exitsWithTwoForOneProfileOrAnUnknownCode() {
        CliRun one = CliRun.of("compare", "VS01.01.02", "--data", data);
        CliRun unknown = CliRun.of("compare", "VS01.01.02", "NOPE", "--data", data);

        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).contains("kies 2 tot 5");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("onbekend profiel 'NOPE'");
        assertThat(CliRun.of("compare", "--data", data).exit()).isEqualTo(1);
    }
}
