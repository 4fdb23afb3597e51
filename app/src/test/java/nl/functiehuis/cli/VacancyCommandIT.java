package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.functiehuis.SharedSeeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vacancy commands end to end, in process, each test on its own embedded database. */
class VacancyCommandIT {
    @TempDir
    Path dir;

    private String data(String name) {
        return dir.resolve(name).toString();
    }

    private String importHiringRequest(String data) {
        CliRun run = CliRun.of("vacancy", "import", SharedSeeds.seed(SharedSeeds.HIRING).toString(), "--data", data);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Administratief ondersteuner beheer", "nieuw");
        return run.out().strip().split("\\s+")[0];
    }

    @Test
    void importsTheHiringRequestAndShowsEveryFact() {
        String id = importHiringRequest(data("a"));

        CliRun list = CliRun.of("vacancy", "list", "--data", data("a"));
        assertThat(list.out().lines()).singleElement().satisfies(line -> assertThat(line).startsWith(id + " ")
                .contains("Concept", "FSK 6", "€ 23 – € 35"));

        CliRun show = CliRun.of("vacancy", "show", id, "--data", data("a"));
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("FSK 6", "30% prijs / 70% kwaliteit", "€ 23 – € 35", "6 maanden + 3 × 6 maanden",
                "week 39", "36 uur", "Aantal medewerkers:", "Taken (10)", "Eisen (6", "Wensen (3)", "Competenties (8)",
                "[Diploma: mbo 4]", "[Ervaring: 1–3 jaar in de laatste 3 jaar", "[Systeem: Socrates]");
        assertThat(show.out().lines().filter(l -> l.endsWith("[toekomst]"))).hasSize(2);

        CliRun json = CliRun.of("vacancy", "show", id, "--format", "json", "--data", data("a"));
        assertThat(json.out()).contains("\"scale\" : 6", "\"pricePercent\" : 30", "\"verificationWeek\" : 39",
                "\"source\" : \"003_7ceb7edc73668c4f.txt\"").doesNotContain("\"revision\"");
    }

    @Test
    void importsTheSameRequestAgainAsUnchanged() {
        String id = importHiringRequest(data("a"));

        CliRun again = CliRun.of("vacancy", "import", SharedSeeds.seed(SharedSeeds.HIRING).toString(), "--data", data("a"));

        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith(id).contains("ongewijzigd");
    }

    @Test
    void refusesAProfileDocumentAsVacancyImport() {
        CliRun run = CliRun.of("vacancy", "import", SharedSeeds.seed(SharedSeeds.UWV).toString(), "--data", data("a"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("geen inhuuropdracht");
        assertThat(CliRun.of("list", "--data", data("a")).out()).contains("leeg");
    }

    @Test
    void createsFromAFamilyLevelOfTheDemoHouse() {
        assertThat(CliRun.of("demo", "--data", data("a")).exit()).isZero();

        CliRun run = CliRun.of("vacancy", "create", "--from-profile", "VS-3102", "--version", "1", "--data", data("a"));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Klantbegeleider B", "VS-3102 versie 1");
        String id = run.out().strip().split("\\s+")[0];
        assertThat(CliRun.of("vacancy", "show", id, "--data", data("a")).out()).contains("FSK 6", "Analytisch vermogen");
    }

    @Test
    void refusesUnknownProfileAndUnknownIdWithExitTwo() {
        assertThat(CliRun.of("demo", "--data", data("a")).exit()).isZero();

        CliRun profile = CliRun.of("vacancy", "create", "--from-profile", "XX-1", "--data", data("a"));
        CliRun show = CliRun.of("vacancy", "show", "nergens", "--data", data("a"));

        assertThat(profile.exit()).isEqualTo(2);
        assertThat(profile.err()).contains("XX-1");
        assertThat(show.exit()).isEqualTo(2);
        assertThat(show.err()).contains("nergens");
    }

    @Test
    void exportsAndLoadsAnEditedVacancyByteForByte() throws Exception {
        assertThat(CliRun.of("demo", "--data", data("a")).exit()).isZero();
        importHiringRequest(data("a"));
        assertThat(CliRun.of("vacancy", "create", "--from-profile", "VS-2040", "--data", data("a")).exit()).isZero();
        Path exported = dir.resolve("a.json");
        assertThat(CliRun.of("export", "--data", data("a"), "--out", exported.toString()).exit()).isZero();
        Path edited = dir.resolve("bewerkt.json");
        Files.writeString(edited, Files.readString(exported).replaceFirst("(\"author\" : \"[^\"]+\",\\s+\"createdAt\" : \"[^\"]+\")\n",
                "$1, \"revision\" : 4, \"editedBy\" : \"anna\", \"editedAt\" : \"2026-05-01T10:00:00Z\"\n"));
        assertThat(Files.readString(edited)).contains("\"editedBy\" : \"anna\"");
        assertThat(CliRun.of("load", edited.toString(), "--data", data("b")).exit()).isZero();
        Path first = dir.resolve("b.json");
        Path second = dir.resolve("c.json");
        assertThat(CliRun.of("export", "--data", data("b"), "--out", first.toString()).exit()).isZero();

        assertThat(CliRun.of("load", first.toString(), "--data", data("c")).exit()).isZero();
        assertThat(CliRun.of("export", "--data", data("c"), "--out", second.toString()).exit()).isZero();

        assertThat(Files.readString(first)).contains("\"editedBy\" : \"anna\"", "\"revision\" : 4");
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }
}
