package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.functiehuis.EducationFacts;
import nl.functiehuis.SharedSeeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code education demand [--csv]} and {@code education qualifications} on the imported reference documents. */
class EducationCommandIT {
    @TempDir
    static Path tmp;

    static String data = "";

    @BeforeAll
    static void importTheSeeds() {
        data = tmp.resolve("data").toString();
        List<String> args = new ArrayList<>(List.of("import", "--data", data));
        for (String seed : List.of(SharedSeeds.UWV, SharedSeeds.LEVELLED, SharedSeeds.HIRING, SharedSeeds.BOOKLET)) {
            args.add(SharedSeeds.seed(seed).toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void printsTheDemandPerCompetencyAndLevelAndPerQualification() {
        CliRun run = CliRun.of("education", "demand", "--data", data);

        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Integer> customer = EducationFacts.bookletLevels().get("Klantgerichtheid");
        String row = run.out().lines().filter(l -> l.startsWith("Klantgerichtheid ")).findFirst().orElseThrow();
        assertThat(row.split("\\s{2,}")).containsExactly("Klantgerichtheid", count(customer, "A"), count(customer, "B"),
                count(customer, "C"), count(customer, "D"), String.valueOf(EducationFacts.ungraded().get("Klantgerichtheid")),
                String.valueOf(customer.values().stream().mapToInt(Integer::intValue).sum()
                        + EducationFacts.ungraded().get("Klantgerichtheid")));
        assertThat(run.out()).contains("Medewerker sociale zekerheid", "profielen geteld");
    }

    @Test
    void printsTheDemandAsTheSameCsvAsTheDownload() {
        CliRun run = CliRun.of("education", "demand", "--csv", "--data", data);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("soort;naam;niveau;profielen\r\n")
                .contains("competentie;Klantgerichtheid;B;" + EducationFacts.bookletLevels().get("Klantgerichtheid").get("B"));
    }

    @Test
    void printsEachQualificationWithTheFunctionsItPreparesFor() {
        CliRun run = CliRun.of("education", "qualifications", "--data", data);

        assertThat(run.exit()).isZero();
        EducationFacts.linkedBy().forEach((name, codes) -> {
            String block = run.out().substring(run.out().indexOf(name + " — "));
            String prepares = block.lines().skip(1).findFirst().orElseThrow();
            assertThat(prepares).startsWith("  bereidt voor op: ");
            codes.forEach(code -> assertThat(prepares).contains(code));
        });
    }

    @Test
    void printsHelpWithoutASubcommandAndSaysSoWhenTheHouseHasNoQualifications() {
        assertThat(CliRun.of("education").out()).contains("demand", "qualifications");

        CliRun empty = CliRun.of("education", "qualifications", "--data", tmp.resolve("leeg").toString());
        assertThat(empty.exit()).isZero();
        assertThat(empty.out()).isEqualTo("Het functiehuis kent nog geen kwalificaties.\n");
    }

    private static String count(Map<String, Integer> levels, String level) {
        return levels.containsKey(level) ? String.valueOf(levels.get(level)) : "-";
    }
}
