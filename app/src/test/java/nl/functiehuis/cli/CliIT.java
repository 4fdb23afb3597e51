package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.storage.JdbcRuleSwitches;
import nl.functiehuis.storage.TestDatabases;
import nl.functiehuis.validation.RuleSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The commands end to end, in process, each test on its own embedded database (or PostgreSQL where named). */
class CliIT {

    @TempDir
    Path tmp;

    private final Map<String, String> postgres = new HashMap<>();

    static Stream<String> databases() {
        return Stream.of("H2", "PostgreSQL");
    }

    /** The options that choose house {@code name} on the database. */
    private String[] at(String database, String name) {
        return database.equals("H2") ? new String[] {"--data", data(name)}
                : new String[] {"--db", postgres.computeIfAbsent(name, n -> TestDatabases.postgresUrl())};
    }

    private CliRun run(String database, String name, String... args) {
        return CliRun.of(Stream.concat(Stream.of(args), Stream.of(at(database, name))).toArray(String[]::new));
    }

    private JdbcClient jdbc(String database, String name) {
        return JdbcClient.create(database.equals("H2")
                ? new DriverManagerDataSource("jdbc:h2:file:" + tmp.resolve(name).toAbsolutePath().resolve("functiehuis")
                        + ";AUTO_SERVER=TRUE", "sa", "")
                : new DriverManagerDataSource(postgres.get(name)));
    }

    private String data(String name) {
        return tmp.resolve(name).toString();
    }

    private CliRun demo(String data) {
        CliRun run = CliRun.of("demo", "--data", data);
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    @Test
    void exportLoadedIntoEmptyHouseExportsByteIdentical() throws IOException {
        demo(data("a"));
        Path first = tmp.resolve("first.json");
        Path second = tmp.resolve("second.json");

        assertThat(CliRun.of("export", "--data", data("a"), "--out", first.toString()).exit()).isZero();
        CliRun load = CliRun.of("load", first.toString(), "--data", data("b"));
        assertThat(CliRun.of("export", "--data", data("b"), "--out", second.toString()).exit()).isZero();

        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).isEqualTo("Geladen: 7 versies toegevoegd, 0 ongewijzigd (7 profielen)\n");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(tmp).isDirectoryNotContaining("glob:**.tmp");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exportCarriesBookletStatementsRuleSwitchesAndDocumentsAndLoadsByteIdentical(String database) throws IOException {
        CliRun imported = run(database, "a", "import", SharedSeeds.seed(SharedSeeds.BOOKLET).toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        new JdbcRuleSwitches(jdbc(database, "a")).record(new RuleSetting("BOEKJE-TEKST", false,
                "Wij volgen de profielen, niet de groepsteksten", "anna", Instant.parse("2026-03-01T09:30:00Z")));
        Path first = tmp.resolve("first.json");
        Path second = tmp.resolve("second.json");

        assertThat(run(database, "a", "export", "--out", first.toString()).exit()).isZero();
        CliRun load = run(database, "b", "load", first.toString());
        assertThat(run(database, "b", "export", "--out", second.toString()).exit()).isZero();

        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(Files.readString(first)).contains("\"bookletStatements\"", "\"origin\" : \"TEXT\"",
                "\"ruleSettings\"", "\"ruleId\" : \"BOEKJE-TEKST\"", "\"documents\"", SharedSeeds.fileName(SharedSeeds.BOOKLET));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        CliRun validatedA = run(database, "a", "validate", "--json");
        assertThat(validatedA.out()).contains("BOEKJE-MATRIX", "Wij volgen de profielen");
        assertThat(run(database, "b", "validate", "--json").out()).isEqualTo(validatedA.out());
    }

    @Test
    void exportsToStandardOutputTheSameJsonAsToAFile() throws IOException {
        demo(data("a"));
        Path file = tmp.resolve("house.json");
        CliRun.of("export", "--data", data("a"), "--out", file.toString());

        CliRun run = CliRun.of("export", "--data", data("a"));

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(file));
    }

    @Test
    void reloadingTheSameExportLeavesEveryVersionUnchanged() {
        demo(data("a"));
        String file = tmp.resolve("house.json").toString();
        CliRun.of("export", "--data", data("a"), "--out", file);

        CliRun run = CliRun.of("load", file, "--data", data("a"));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("Geladen: 0 versies toegevoegd, 7 ongewijzigd (7 profielen)\n");
    }

    @Test
    void listsEveryProfileCodeFirstWithKindVersionStatusAndLevelCodes() {
        demo(data("a"));

        CliRun run = CliRun.of("list", "--data", data("a"));

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(7)
                .anySatisfy(l -> assertThat(l).startsWith("VS01.01.02 ").contains("Normfunctie", "v1", "Definitief"))
                .anySatisfy(l -> assertThat(l).startsWith("VS01.01.04/VP ").contains("Verrijkt profiel"))
                .anySatisfy(l -> assertThat(l).startsWith("VS-2040 ").contains("Functieprofiel"))
                .anySatisfy(l -> assertThat(l).startsWith("VS-3100 ").contains("Prognose", "VS-3101 VS-3102 VS-3103"));
    }

    @Test
    void listsAnEmptyHouseWithAFriendlyLine() {
        CliRun run = CliRun.of("list", "--data", data("empty"));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Het functiehuis is leeg.");
    }

    @Test
    void refusesDemoIntoAHouseThatIsNotEmpty() {
        demo(data("a"));

        CliRun run = CliRun.of("demo", "--data", data("a"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Het functiehuis is niet leeg; demo niet geladen.\n");
    }

    @Test
    void usesTheDatabaseOfAJdbcUrl() {
        String url = "jdbc:h2:file:" + tmp.resolve("db").resolve("x");

        CliRun demo = CliRun.of("demo", "--db", url);
        CliRun list = CliRun.of("list", "--db", url);

        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).isEqualTo("Demo-functiehuis Gemeente Voorbeeldstad geladen: 7 profielen, 1 vacature met 4 kandidaten.\n");
        assertThat(list.out().lines()).hasSize(7);
        assertThat(tmp.resolve("db")).isDirectoryContaining("glob:**/x.mv.db");
    }

    @Test
    void refusesToExportIntoAFolderThatDoesNotExist() {
        demo(data("a"));
        String file = tmp.resolve("nowhere").resolve("house.json").toString();

        CliRun run = CliRun.of("export", "--data", data("a"), "--out", file);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ": de map ").contains("bestaat niet");
    }

    @Test
    void refusesADatabaseItCannotOpen() {
        CliRun run = CliRun.of("list", "--db", "jdbc:postgresql://localhost:1/nothing");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("Database niet te openen (jdbc:postgresql://localhost:1/nothing): ");
    }
}
