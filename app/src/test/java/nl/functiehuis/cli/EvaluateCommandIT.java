package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.functiehuis.SharedSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code candidates add}, {@code candidates list} and {@code evaluate} on the imported 003 request. */
class EvaluateCommandIT {
    private static final Pattern VACANCY = Pattern.compile("vacature ([0-9a-f-]{36})");

    @TempDir
    Path tmp;

    private String data;
    private String vacancy;

    @BeforeEach
    void importHiringRequest() {
        data = tmp.resolve("data").toString();
        CliRun run = CliRun.of("import", SharedSeeds.seed(SharedSeeds.HIRING).toString(), "--data", data);
        assertThat(run.exit()).as(run.err()).isZero();
        var m = VACANCY.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        vacancy = m.group(1);
    }

    private String file(String name, String json) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, json);
        return file.toString();
    }

    @Test
    void addsCandidatesFromAFileAndRanksThem() throws IOException {
        String candidates = file("kandidaten.json", """
                [{"name": "Anna de Vries", "supplier": "Inhuur BV", "rate": 30, "evidence": {"1": "mbo 4"}},
                 {"name": "Dirk Smit", "supplier": "Duur BV", "rate": 36}]""");

        CliRun add = CliRun.of("candidates", "add", vacancy, candidates, "--data", data);
        CliRun list = CliRun.of("candidates", "list", vacancy, "--data", data);
        CliRun evaluate = CliRun.of("evaluate", vacancy, "--data", data);
        CliRun json = CliRun.of("evaluate", vacancy, "--json", "--data", data);

        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("2 kandidaten toegevoegd");
        assertThat(list.out().lines()).hasSize(2).first().asString().contains("\t1\tAnna de Vries\tInhuur BV\t€ 30");
        assertThat(evaluate.exit()).as(evaluate.err()).isEqualTo(EvaluateCommand.NOT_FINAL);
        assertThat(evaluate.out()).contains("Anna de Vries", "Dirk Smit: tarief € 36 boven maximum € 35",
                "Vier ogen: nog niet bevestigd", "Anna de Vries: eis 1, 2, 3, 4, 5, 6 onduidelijk of nog niet beoordeeld");
        assertThat(json.out()).contains("\"ranking\"", "\"label\" : \"Anna de Vries\"", "\"reasons\" : [ \"tarief € 36 boven maximum € 35\" ]");
    }

    @Test
    void refusesABadFileWithTheJsonPathAndStoresNothing() throws IOException {
        String bad = file("fout.json", """
                [{"name": "Anna", "supplier": "X", "rate": 30},
                 {"name": "Bram", "supplier": "Y", "rate": 25, "evidence": {"8": "?"}},
                 {"name": "Cor", "suplier": "Z", "rate": 28}]""");

        CliRun add = CliRun.of("candidates", "add", vacancy, bad, "--data", data);

        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.err()).contains("$[2].suplier: onbekend veld");
        CliRun second = CliRun.of("candidates", "add", vacancy, file("fout2.json", """
                [{"name": "Anna", "supplier": "X", "rate": 30},
                 {"name": "Bram", "supplier": "Y", "rate": 25, "evidence": {"8": "?"}}]"""), "--data", data);
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.err()).contains("$[1].evidence.8: de vacature heeft geen eis 8");
        assertThat(CliRun.of("candidates", "list", vacancy, "--data", data).out()).isEmpty();
    }

    @Test
    void refusesAnUnknownVacancy() {
        CliRun run = CliRun.of("evaluate", "bestaat-niet", "--data", data);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("geen vacature met id bestaat-niet");
    }
}
