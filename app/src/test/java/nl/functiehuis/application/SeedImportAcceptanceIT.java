package nl.functiehuis.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.ImportOutcome.Action;
import nl.functiehuis.application.ImportOutcome.Status;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.LevelScale;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.ProfileKind;
import nl.functiehuis.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * ACCEPTANCE TEST OF ISSUE 3 for the whole seed set: importing the four reference documents into an
 * empty house creates the 16 booklet profiles and the booklet dictionary, UWV profile 1397, the
 * Klantadviseur family (found by each level code) and the vacancy draft; the booklet's own
 * inconsistencies are reported as warnings; a second run reports everything unchanged.
 *
 * <p>It holds once the booklet and levelled genres are merged. Until then (while those genres are stubs
 * that claim no document, so 004 and 002 fall back to the generic genre) it is expected to FAIL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:seed-import-acceptance;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedImportAcceptanceIT {
    @Autowired
    ImportDocuments importer;

    @Autowired
    FunctionProfiles profiles;

    @Autowired
    HouseCatalog catalog;

    @Autowired
    Vacancies vacancies;

    @Autowired
    ExportHouse export;

    final List<ImportOutcome> first = new ArrayList<>();
    final List<ImportOutcome> second = new ArrayList<>();
    String afterFirst = "";
    String afterSecond = "";

    @BeforeAll
    void importTheSeedsTwice() {
        assertThat(profiles.all()).isEmpty();
        ImportIT.SEEDS.forEach(s -> first.add(importSeed(s)));
        afterFirst = export.json();
        ImportIT.SEEDS.forEach(s -> second.add(importSeed(s)));
        afterSecond = export.json();
    }

    @Test
    void recognisesEveryDocument() {
        assertThat(first).extracting(ImportOutcome::kind).containsExactly("ORGANISATION_PROFILE", "LEVELLED_PROFILE",
                "HIRING_REQUEST", "COMPETENCY_BOOKLET");
        assertThat(first).extracting(ImportOutcome::status).containsOnly(Status.IMPORTED);
        assertThat(profiles.latestOfAll()).extracting(v -> v.profile().kind()).doesNotContain(ProfileKind.GENERIC);
    }

    @Test
    void createsTheSixteenBookletProfilesOfTheOverview() {
        List<String> codes = new ArrayList<>();
        expected(SharedSeeds.BOOKLET).at("/profileOverview/entries").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).hasSize(16);

        assertThat(booklet().items()).filteredOn(i -> i.type() == ImportOutcome.Type.PROFILE)
                .extracting(ImportOutcome.Item::key).containsExactlyInAnyOrderElementsOf(codes);
        for (String code : codes) {
            ProfileVersion v = profiles.latest(code).orElseThrow(() -> new AssertionError("profiel " + code + " ontbreekt"));
            assertThat(v.code().value()).isEqualTo(code);
            assertThat(v.profile().kind()).isEqualTo(code.contains("/VP") ? ProfileKind.ENRICHED : ProfileKind.NORM);
        }
    }

    @Test
    void createsTheBookletDictionaryThatItsProfilesAsk() {
        List<String> names = new ArrayList<>();
        expected(SharedSeeds.BOOKLET).at("/competencyDictionary/items").forEach(i -> names.add(i.get("name").asString()));
        assertThat(booklet().items()).anySatisfy(i -> {
            assertThat(i.type()).isEqualTo(ImportOutcome.Type.DICTIONARY);
            assertThat(i.action()).isEqualTo(Action.CREATED);
        });
        String id = profiles.latest("N06.01.02").orElseThrow().profile().dictionary();
        assertThat(id).isNotNull();
        CompetencyDictionary dictionary = catalog.dictionary(id).orElseThrow();
        assertThat(dictionary.scale()).isEqualTo(LevelScale.LETTERS_A_TO_D);
        names.forEach(n -> assertThat(dictionary.find(n)).as("competentie " + n).isPresent());
    }

    @Test
    void createsUwvProfile1397() {
        assertThat(profiles.latest("1397")).hasValueSatisfying(v -> assertThat(v.profile().kind()).isEqualTo(ProfileKind.ORGANISATION));
    }

    @Test
    void findsTheKlantadviseurFamilyByEachLevelCode() {
        ProfileVersion family = profiles.latest("3006").orElseThrow(() -> new AssertionError("niveaucode 3006 onbekend"));
        assertThat(family.profile()).isInstanceOf(LevelledFamily.class);
        assertThat(((LevelledFamily) family.profile()).levels()).extracting(FunctionLevel::code)
                .extracting(Object::toString).containsExactlyInAnyOrder("3006", "3007", "3008");
        assertThat(profiles.latest("3007").orElseThrow().code()).isEqualTo(family.code());
        assertThat(profiles.latest("3008").orElseThrow().code()).isEqualTo(family.code());
    }

    @Test
    void storesTheVacancyDraft() {
        assertThat(vacancies.fromSource(SharedSeeds.fileName(SharedSeeds.HIRING))).hasSize(1);
    }

    @Test
    void reportsTheBookletsOwnInconsistenciesAsWarnings() {
        List<String> warnings = booklet().entries().stream().filter(e -> e.severity() == ReportEntry.Severity.WARNING)
                .map(ReportEntry::message).toList();
        String seed = SharedSeeds.text(SharedSeeds.BOOKLET);
        for (String id : List.of("004-funciereeks-headings", "004-vakkenis", "004-conflictantering")) {
            List<String> readings = new ArrayList<>();
            expected(SharedSeeds.BOOKLET).get("documentInconsistencies").forEach(i -> {
                if (i.get("id").asString().equals(id)) {
                    i.get("readings").forEach(r -> readings.add(r.get("text").asString()));
                }
            });
            assertThat(warnings).as("waarschuwing voor " + id).anyMatch(
                    w -> readings.stream().filter(seed::contains).anyMatch(w::contains));
        }
    }

    @Test
    void reportsEverythingUnchangedOnASecondRun() {
        assertThat(second).extracting(ImportOutcome::status).containsOnly(Status.UNCHANGED);
        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(vacancies.list()).hasSize(1);
    }

    private ImportOutcome booklet() {
        return first.get(ImportIT.SEEDS.indexOf(SharedSeeds.BOOKLET));
    }

    private ImportOutcome importSeed(String seed) {
        return importer.importDocument(SharedSeeds.fileName(seed), SharedSeeds.bytes(seed), "acceptatie", false);
    }

    private static JsonNode expected(String seed) {
        try {
            return new HouseJson().mapper().readTree(Files.readString(SharedSeeds.expected(seed)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
