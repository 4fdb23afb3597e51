package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code validate} end to end: exit 0 without errors, 1 with errors, 2 for an unknown profile; text and JSON. */
class ValidateCommandIT {
    private static final Instant SAVED = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path tmp;

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void exitsWithZeroOnTheDemoHouseAndPrintsItsInfo() {
        assertThat(CliRun.of("demo", "--data", data()).exit()).isZero();

        CliRun run = CliRun.of("validate", "--data", data());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Validatie van Gemeente Voorbeeldstad: 7 profielen gecontroleerd — 0 fouten,"
                + " 0 waarschuwingen, 5 info\n").contains("info  VS01.01.02").doesNotContain("Uitgeschakelde regels");
    }

    @Test
    void exitsWithOneWhenARuleFindsAnErrorAndWritesTheSameAsJson() throws IOException {
        Path file = tmp.resolve("huis.json");
        Files.writeString(file, new HouseJson().write(withSixCompetencies(DemoHouse.snapshot(SAVED))));
        assertThat(CliRun.of("load", file.toString(), "--data", data()).exit()).isZero();

        CliRun text = CliRun.of("validate", "--data", data());
        CliRun json = CliRun.of("validate", "--json", "--data", data());

        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("— 1 fout, 0 waarschuwingen, 5 info")
                .containsPattern("\\nfout +VS01\\.01\\.02 +CB-MAX-5 +content\\.competencies +Dit profiel vraagt 6 competenties");
        assertThat(json.exit()).isEqualTo(1);
        JsonNode report = new HouseJson().mapper().readTree(json.out());
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.at("/violations/0/rule").asString()).isEqualTo("CB-MAX-5");
        assertThat(report.at("/violations/0/severityLabel").asString()).isEqualTo("fout");
    }

    @Test
    void validatesOneProfileAndRefusesAnUnknownOne() {
        CliRun.of("demo", "--data", data());

        CliRun one = CliRun.of("validate", "--profile", "vs-3102", "--data", data());
        CliRun unknown = CliRun.of("validate", "--profile", "GEEN", "--data", data());

        assertThat(one.exit()).isZero();
        assertThat(one.out()).isEqualTo("Validatie van Gemeente Voorbeeldstad: 1 profiel gecontroleerd — 0 fouten,"
                + " 0 waarschuwingen, 0 info\n");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("er is geen functieprofiel met code 'GEEN'");
    }

    /** The demo house with a sixth competency added to VS01.01.02 (one its dictionary describes at level C). */
    private static HouseSnapshot withSixCompetencies(HouseSnapshot demo) {
        List<ProfileVersion> versions = new ArrayList<>();
        for (ProfileVersion v : demo.profiles()) {
            if (v.code().value().equals("VS01.01.02") && v.profile() instanceof NormFunction n) {
                String extra = demo.dictionaries().getFirst().competencies().stream().map(c -> c.name())
                        .filter(name -> n.content().competencies().stream().noneMatch(r -> r.competency().equals(name)))
                        .findFirst().orElseThrow();
                List<CompetencyRequirement> six = new ArrayList<>(n.content().competencies());
                six.add(new CompetencyRequirement(extra, LevelLetter.C));
                NormContent c = n.content();
                var changed = new NormFunction(n.code(), n.title(), n.groupCode(), n.dictionary(), n.nlqfLevel(),
                        new NormContent(c.characteristics(), c.criticalSituations(), six, c.knowledge(), c.skills(),
                                c.minimumEducation()));
                versions.add(new ProfileVersion(v.code(), 1, v.status(), v.effectiveDate(), v.author(), v.savedAt(), v.note(),
                        changed));
            } else {
                versions.add(v);
            }
        }
        return new HouseSnapshot(demo.format(), demo.name(), demo.dictionaries(), demo.series(), demo.qualifications(),
                demo.scales(), versions, demo.vacancies());
    }
}
