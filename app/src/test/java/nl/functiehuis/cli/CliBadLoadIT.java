package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import nl.functiehuis.json.HouseJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad files given to {@code load}: each is refused with exit 2 and a message naming file and field,
 * and the house exports exactly as before. The tests share one demo house, since none may change it.
 */
class CliBadLoadIT {
    private static final JsonMapper JSON = new HouseJson().mapper();

    @TempDir
    static Path shared;

    static String data;
    static String before;
    static int norm;

    @TempDir
    Path tmp;

    @BeforeAll
    static void demoHouse() {
        data = shared.resolve("house").toString();
        assertThat(CliRun.of("demo", "--data", data).exit()).isZero();
        before = CliRun.of("export", "--data", data).out();
        var profiles = JSON.readTree(before).get("profiles");
        while (!profiles.get(norm).get("profile").get("kind").asString().equals("NORM")) {
            norm++;
        }
    }

    @AfterEach
    void houseIsUnchanged() {
        assertThat(CliRun.of("export", "--data", data).out()).isEqualTo(before);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path edited(String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode house = (ObjectNode) JSON.readTree(before);
        edit.accept((ObjectNode) house.get("profiles").get(norm).get("profile"));
        return file(name, JSON.writeValueAsString(house));
    }

    private static ObjectNode firstCompetency(ObjectNode profile) {
        return (ObjectNode) profile.get("content").get("competencies").get(0);
    }

    private static CliRun refused(Path file) {
        CliRun run = CliRun.of("load", file.toString(), "--data", data);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(file + ": ");
        return run;
    }

    @Test
    void refusesInvalidJsonNamingTheLine() throws IOException {
        Path file = file("broken.json", before.replaceFirst("\"format\"", "\"format"));

        assertThat(refused(file).err()).contains("geen geldige JSON (regel 2)");
    }

    @Test
    void refusesAnUnknownCompetencyNamingItsPath() throws IOException {
        Path file = edited("unknown.json", p -> firstCompetency(p).put("competency", "Gedachtelezen"));

        assertThat(refused(file).err())
                .contains("profiles[" + norm + "].profile.content.competencies[0].competency: ", "Gedachtelezen");
    }

    @Test
    void refusesBehaviourLevelE() throws IOException {
        Path file = edited("level.json", p -> firstCompetency(p).put("level", "E"));

        assertThat(refused(file).err())
                .contains("profiles[" + norm + "].profile.content.competencies[0].level: ", "'E'");
    }

    @Test
    void refusesAProfileWithoutTitle() throws IOException {
        Path file = edited("untitled.json", p -> p.remove("title"));

        assertThat(refused(file).err()).contains("profiles[" + norm + "].profile", "title", "verplicht");
    }

    @Test
    void refusesAFileOverTwentyMegabytesBeforeReadingIt() throws IOException {
        Path file = file("huge.json", " ".repeat((int) FileText.MAX_BYTES + 1));

        assertThat(refused(file).err()).contains("te groot");
    }

    @Test
    void refusesBinaryAndNonUtf8Files() throws IOException {
        Path binary = Files.write(tmp.resolve("binary.json"), new byte[] {'{', 0, 1, 2});
        Path latin = Files.write(tmp.resolve("latin.json"), "{\"name\":\"Geëxporteerd\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(refused(binary).err()).contains("binair");
        assertThat(refused(latin).err()).contains("geen UTF-8");
    }

    @Test
    void rollsBackEverythingWhenALaterVersionDiffersFromTheStoredOne() throws IOException {
        ObjectNode house = (ObjectNode) JSON.readTree(before);
        var qualification = (ObjectNode) house.get("qualifications").get(0).get("coreTasks").get(0);
        qualification.put("title", "Een nieuwe titel die niet opgeslagen mag blijven");
        var profiles = (ArrayNode) house.get("profiles");
        var second = (ObjectNode) profiles.get(0).deepCopy();
        second.put("number", 2);
        profiles.insert(1, second);
        int last = profiles.size() - 1;
        ((ObjectNode) profiles.get(last).get("profile")).put("title", "Een andere titel");
        Path file = file("conflict.json", JSON.writeValueAsString(house));

        assertThat(refused(file).err()).contains("profiles[" + last + "]: ", "wijkt af van de opgeslagen versie");
    }

    @Test
    void refusesARuleSwitchedOffWithoutReasonAndAnUnknownRule() throws IOException {
        ObjectNode house = (ObjectNode) JSON.readTree(before);
        house.putArray("ruleSettings").addObject().put("ruleId", "CB-MAX-5").put("enabled", false).put("author", "anna")
                .put("changedAt", "2026-03-01T09:30:00Z");
        Path withoutReason = file("reason.json", JSON.writeValueAsString(house));
        ((ObjectNode) house.get("ruleSettings").get(0)).put("reason", "eigen keuze").put("ruleId", "GEEN-REGEL");
        Path unknown = file("rule.json", JSON.writeValueAsString(house));

        assertThat(refused(withoutReason).err()).contains("ruleSettings[0]", "reden", "verplicht");
        assertThat(refused(unknown).err()).contains("ruleSettings[0].ruleId: ", "onbekende regel 'GEEN-REGEL'");
    }

    @Test
    void refusesADocumentWhoseContentIsNotItsOwn() throws IOException {
        ObjectNode house = (ObjectNode) JSON.readTree(before);
        ObjectNode archived = house.putArray("documents").addObject();
        archived.putObject("document").put("id", "d-1").put("name", "eigen.txt").put("sha256", "0".repeat(64))
                .put("kind", "GENERIC").put("title", "Eigen").put("importedAt", "2026-03-01T09:30:00Z").put("author", "anna")
                .put("size", 5).put("report", "{}");
        archived.put("content", "aGFsbG8=");
        Path file = file("document.json", JSON.writeValueAsString(house));

        assertThat(refused(file).err()).contains("documents[0].content: ", "past niet bij sha256", "eigen.txt");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertThat(refused(file("empty.json", "\n")).err()).contains("leeg");
    }

    @Test
    void refusesAMissingFile() {
        assertThat(refused(tmp.resolve("nowhere.json")).err()).contains("niet gevonden");
    }
}
