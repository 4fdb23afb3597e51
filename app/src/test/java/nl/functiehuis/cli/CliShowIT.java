package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.json.HouseJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show} on the demo house, which the tests only read and so share. */
class CliShowIT {

    @TempDir
    static Path shared;

    static String data;

    @BeforeAll
    static void demoHouse() {
        data = shared.resolve("house").toString();
        assertThat(CliRun.of("demo", "--data", data).exit()).isZero();
    }

    @Test
    void showsEverySectionOfANormFunctionAsText() {
        CliRun run = CliRun.of("show", "VS01.01.02", "--data", data);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("VS01.01.02  Medewerker Dienstverlening I\n")
                .contains("Soort: Normfunctie", "Versie: 1 (Definitief)", "Overwegende functiekenmerken",
                        "Kritische werksituaties", "Competenties", "Vakkennis: kennis", "Minimale opleiding");
    }

    @Test
    void showsAFamilyByOneOfItsLevelCodes() {
        CliRun run = CliRun.of("show", "vs-3102", "--data", data);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("VS-3100  Klantbegeleider")
                .contains("Functieniveaus", "Differentiërende factoren", "Competenties per domein");
    }

    @Test
    void showsAVersionAsJsonThatReadsBack() {
        CliRun run = CliRun.of("show", "VS-2040", "--format", "json", "--version", "1", "--data", data);

        assertThat(run.exit()).isZero();
        ProfileVersion version = new HouseJson().read(run.out(), ProfileVersion.class, "show");
        assertThat(version.code().value()).isEqualTo("VS-2040");
        assertThat(version.number()).isEqualTo(1);
    }

    @Test
    void refusesUnknownCodeAndMissingVersion() {
        CliRun unknown = CliRun.of("show", "XX99", "--data", data);
        CliRun noVersion = CliRun.of("show", "VS-2040", "--version", "9", "--data", data);

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("Onbekend profiel: XX99\n");
        assertThat(unknown.out()).isEmpty();
        assertThat(noVersion.exit()).isEqualTo(2);
        assertThat(noVersion.err()).contains("geen versie 9");
    }
}
