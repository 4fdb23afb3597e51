package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.functiehuis.SharedSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code candidates add} with {@code cvFile}: the files are stored with the candidates, or nothing is. */
class CandidatesCvFileIT {
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

    @Test
    void storesTheFileNextToTheJsonWithItsCandidate() throws IOException, SQLException {
        Files.createDirectories(tmp.resolve("cv"));
        Files.writeString(tmp.resolve("cv/anna.txt"), "Anna de Vries\nmbo 4 administratie, 2016\n");
        String json = file("kandidaten.json", """
                [{"name": "Anna de Vries", "supplier": "Inhuur BV", "rate": 30, "cvFile": "cv/anna.txt"},
                 {"name": "Dirk Smit", "supplier": "Duur BV", "rate": 34}]""");

        CliRun add = CliRun.of("candidates", "add", vacancy, json, "--data", data);

        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("Anna de Vries (Inhuur BV, € 30), cv-bestand anna.txt", "2 kandidaten toegevoegd");
        assertThat(storedFiles()).singleElement().asString()
                .startsWith("Anna de Vries|anna.txt|text/plain|").contains("mbo 4 administratie, 2016");
    }

    @Test
    void refusesAMissingOrBadFileWithItsJsonPathAndStoresNothing() throws IOException, SQLException {
        Files.writeString(tmp.resolve("anna.txt"), "Anna de Vries, mbo 4");
        Files.writeString(tmp.resolve("leeg.pdf"), "");
        String json = file("kandidaten.json", """
                [{"name": "Anna de Vries", "supplier": "Inhuur BV", "rate": 30, "cvFile": "anna.txt"},
                 {"name": "Bram Bos", "supplier": "Flex BV", "rate": 28, "cvFile": "bestaat-niet.pdf"},
                 {"name": "Cor Kok", "supplier": "Flex BV", "rate": 29, "cvFile": "leeg.pdf"},
                 {"name": "Dirk Smit", "supplier": "Duur BV", "rate": 34, "cvFile": 7}]""");

        CliRun add = CliRun.of("candidates", "add", vacancy, json, "--data", data);

        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.err()).contains("$[3].cvFile: verwacht tekst");
        CliRun second = CliRun.of("candidates", "add", vacancy, file("k2.json", """
                [{"name": "Anna de Vries", "supplier": "Inhuur BV", "rate": 30, "cvFile": "anna.txt"},
                 {"name": "Bram Bos", "supplier": "Flex BV", "rate": 28, "cvFile": "bestaat-niet.pdf"},
                 {"name": "Cor Kok", "supplier": "Flex BV", "rate": 29, "cvFile": "leeg.pdf"}]"""), "--data", data);
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.err()).contains("$[1].cvFile: geen bestand", "bestaat-niet.pdf", "$[2].cvFile: leeg.pdf is leeg");
        assertThat(CliRun.of("candidates", "list", vacancy, "--data", data).out()).isEmpty();
        assertThat(storedFiles()).isEmpty();
    }

    private String file(String name, String json) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, json);
        return file.toString();
    }

    private List<String> storedFiles() throws SQLException {
        String url = "jdbc:h2:file:" + Path.of(data).toAbsolutePath().resolve("functiehuis") + ";AUTO_SERVER=TRUE";
        List<String> rows = new ArrayList<>();
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var result = connection.createStatement().executeQuery("select c.name, f.name, f.media_type, f.body_text"
                        + " from candidate_cv_file f join candidate c on c.id = f.candidate_id order by c.name")) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3) + "|"
                        + result.getString(4));
            }
        }
        return rows;
    }
}
