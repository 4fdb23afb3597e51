package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.json.HouseJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code import} end to end, in process, on an embedded database of its own per test. */
class ImportCommandIT {
    private static final String UWV = SharedSeeds.seed(SharedSeeds.UWV).toString();
    private static final String HIRING = SharedSeeds.seed(SharedSeeds.HIRING).toString();

    @TempDir
    Path tmp;

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void importsDocumentsThenReportsThemUnchangedTheSecondTime() {
        CliRun first = CliRun.of("import", UWV, HIRING, "--data", data());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).contains(UWV + ": Functieprofiel van een organisatie — 1 nieuw, 0 nieuwe versie, 0 ongewijzigd",
                "profiel 1397 Medewerker Invorderen (versie 1)", "waarschuwing", "regel 11: label 'Funciecode:'",
                HIRING + ": Inhuuropdracht / vacature — 1 nieuw");
        assertThat(first.out()).endsWith("2 geïmporteerd, 0 ongewijzigd, 0 niet geïmporteerd\n");

        CliRun second = CliRun.of("import", UWV, HIRING, "--data", data());

        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains(UWV + ": Functieprofiel van een organisatie — 0 nieuw, 0 nieuwe versie, 1 ongewijzigd")
                .endsWith("0 geïmporteerd, 2 ongewijzigd, 0 niet geïmporteerd\n");
        assertThat(CliRun.of("list", "--data", data()).out().lines()).hasSize(1);
    }

    @Test
    void exitsWithTwoWhenAFileFailsButImportsTheOthers() throws IOException {
        Path empty = Files.writeString(tmp.resolve("leeg.txt"), "");
        String missing = tmp.resolve("weg.txt").toString();

        CliRun run = CliRun.of("import", empty.toString(), UWV, missing, "--data", data());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(empty + ": niet geïmporteerd: het document bevat geen tekst",
                missing + ": niet geïmporteerd: bestand niet gevonden");
        assertThat(run.out()).contains(empty + ": niet geïmporteerd, er is niets veranderd",
                UWV + ": Functieprofiel van een organisatie — 1 nieuw");
        assertThat(CliRun.of("list", "--data", data()).out()).startsWith("1397 ");
    }

    @Test
    void storesNothingInADryRun() {
        CliRun dry = CliRun.of("import", "--dry-run", UWV, "--data", data());

        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("1 nieuw").endsWith("Proefimport, er is niets opgeslagen: 1 geïmporteerd, 0 ongewijzigd, 0 niet geïmporteerd\n");
        assertThat(CliRun.of("list", "--data", data()).out()).startsWith("Het functiehuis is leeg.");
    }

    @Test
    void printsTheReportAsJson() {
        CliRun run = CliRun.of("import", "--json", UWV, tmp.resolve("weg.txt").toString(), "--data", data());

        assertThat(run.exit()).isEqualTo(2);
        JsonNode report = new HouseJson().mapper().readTree(run.out());
        assertThat(report.get("dryRun").asBoolean()).isFalse();
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("failed").asInt()).isEqualTo(1);
        JsonNode uwv = report.get("documents").get(0);
        assertThat(uwv.get("name").asString()).isEqualTo(SharedSeeds.fileName(SharedSeeds.UWV));
        assertThat(uwv.get("status").asString()).isEqualTo("IMPORTED");
        assertThat(uwv.get("kind").asString()).isEqualTo("ORGANISATION_PROFILE");
        assertThat(uwv.at("/items/0/key").asString()).isEqualTo("1397");
        assertThat(uwv.at("/items/0/action").asString()).isEqualTo("CREATED");
        assertThat(uwv.at("/entries/0/severity").asString()).isEqualTo("WARNING");
        assertThat(report.at("/documents/1/status").asString()).isEqualTo("FAILED");
        assertThat(report.at("/documents/1/reason").asString()).isEqualTo("bestand niet gevonden");
    }

    @Test
    void explainsExitCodesInItsHelp() {
        CliRun run = CliRun.of("import", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--dry-run", "--json", "alles of niets", "Afsluitcode 0", "2 als");
    }
}
