package nl.functiehuis.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.ImportOutcome.Action;
import nl.functiehuis.application.ImportOutcome.Status;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.ImportedDocuments;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancies;
import nl.functiehuis.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Importing the reference documents into an empty house (no demo): what each one stores, that importing
 * them again changes nothing, that a changed document versions only what changed, and that a failed
 * document or a dry run stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:import-it;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportIT {
    static final List<String> SEEDS = List.of(SharedSeeds.UWV, SharedSeeds.LEVELLED, SharedSeeds.HIRING, SharedSeeds.BOOKLET);

    @Autowired
    ImportDocuments importer;

    @Autowired
    FunctionProfiles profiles;

    @Autowired
    Vacancies vacancies;

    @Autowired
    ImportedDocuments documents;

    @Autowired
    ExportHouse export;

    List<ImportOutcome> first;

    @BeforeAll
    void importSeedsIntoEmptyHouse() {
        assertThat(profiles.all()).isEmpty();
        first = importSeeds();
    }

    @Test
    void importsEverySeedIntoTheEmptyHouse() {
        assertThat(first).extracting(ImportOutcome::status).containsOnly(Status.IMPORTED);
        assertThat(first).allSatisfy(o -> assertThat(o.items()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.action()).isEqualTo(Action.CREATED)));
        assertThat(first).allSatisfy(o -> assertThat(documents.withSha256(o.sha256())).isPresent());
    }

    @Test
    void storesUwvProfileAsDefinitiveFromItsEffectiveDate() {
        ImportOutcome uwv = first.getFirst();
        assertThat(uwv.kind()).isEqualTo("ORGANISATION_PROFILE");
        assertThat(uwv.items()).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("1397");
            assertThat(i.action()).isEqualTo(Action.CREATED);
            assertThat(i.version()).isEqualTo(1);
        });
        ProfileVersion v1 = profiles.version("1397", 1).orElseThrow();
        assertThat(v1.status()).isEqualTo(VersionStatus.DEFINITIEF);
        assertThat(v1.effectiveDate()).isEqualTo(LocalDate.of(2007, 6, 1));
        assertThat(v1.note()).isEqualTo("Geïmporteerd uit " + SharedSeeds.fileName(SharedSeeds.UWV));
        assertThat(v1.profile()).isInstanceOf(OrganisationProfile.class);
        assertThat(uwv.entries()).anySatisfy(e -> assertThat(e.message()).contains("Funciecode"));
    }

    @Test
    void storesHiringRequestAsOneVacancyDraft() {
        List<Vacancy> fromSeed = vacancies.fromSource(SharedSeeds.fileName(SharedSeeds.HIRING)).stream()
                .map(v -> v.vacancy()).toList();
        assertThat(fromSeed).hasSize(1);
        Vacancy vacancy = fromSeed.getFirst();
        Terms terms = vacancy.terms();
        assertThat(terms.scale()).isEqualTo(6);
        assertThat(terms.pricePercent()).isEqualTo(30);
        assertThat(terms.qualityPercent()).isEqualTo(70);
        assertThat(terms.tariffMin()).isEqualByComparingTo(new BigDecimal("23"));
        assertThat(terms.tariffMax()).isEqualByComparingTo(new BigDecimal("35"));
        assertThat(terms.headcount()).isEqualTo(2);
        assertThat(terms.hoursPerWeek()).isEqualTo(36);
        assertThat(terms.durationMonths()).isEqualTo(6);
        assertThat(terms.extensionCount()).isEqualTo(3);
        assertThat(terms.extensionMonths()).isEqualTo(6);
        assertThat(terms.verificationWeek()).isEqualTo(39);
        assertThat(vacancy.tasks()).hasSize(10);
        assertThat(vacancy.requirements()).hasSize(6);
        assertThat(vacancy.wishes()).hasSize(3);
        assertThat(vacancy.competencies()).hasSize(8);
    }

    @Test
    void reportsEverythingUnchangedWhenTheSameDocumentsAreImportedAgain() {
        String before = export.json();
        int vacancyCount = vacancies.list().size();
        int documentCount = documents.list().size();

        List<ImportOutcome> again = importSeeds();

        assertThat(again).extracting(ImportOutcome::status).containsOnly(Status.UNCHANGED);
        assertThat(again).flatExtracting(ImportOutcome::items).extracting(ImportOutcome.Item::action)
                .containsOnly(Action.UNCHANGED);
        assertThat(export.json()).isEqualTo(before);
        assertThat(vacancies.list()).hasSize(vacancyCount);
        assertThat(documents.list()).hasSize(documentCount);
    }

    @Test
    void createsANewVersionOnlyForTheProfileThatChanged() {
        int latest = profiles.latest("1397").orElseThrow().number();
        List<ProfileVersion> others = othersThan("1397");

        ImportOutcome changed = importer.importDocument(SharedSeeds.fileName(SharedSeeds.UWV), changedUwv(), "tester", false);

        assertThat(changed.status()).isEqualTo(Status.IMPORTED);
        assertThat(changed.items()).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("1397");
            assertThat(i.action()).isEqualTo(Action.NEW_VERSION);
            assertThat(i.version()).isEqualTo(latest + 1);
        });
        var stored = (OrganisationProfile) profiles.latest("1397").orElseThrow().profile();
        assertThat(stored.resultAreas()).anySatisfy(a -> assertThat(a.activities()).anySatisfy(
                t -> assertThat(t).contains("Gewijzigd voor de test")));
        assertThat(othersThan("1397")).isEqualTo(others);

        ImportOutcome restored = importer.importDocument(SharedSeeds.fileName(SharedSeeds.UWV),
                SharedSeeds.bytes(SharedSeeds.UWV), "tester", false);
        assertThat(restored.items()).singleElement().extracting(ImportOutcome.Item::action).isEqualTo(Action.NEW_VERSION);
    }

    @Test
    void refusesUnreadableAndEmptyFilesChangingNothing() {
        String before = export.json();
        int vacancyCount = vacancies.list().size();
        int documentCount = documents.list().size();
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);

        for (byte[] bad : List.of(noise, new byte[0], "\n \n".getBytes(StandardCharsets.UTF_8))) {
            ImportOutcome outcome = importer.importDocument("slecht.txt", bad, "tester", false);
            assertThat(outcome.status()).isEqualTo(Status.FAILED);
            assertThat(outcome.reason()).startsWith("slecht.txt: ");
            assertThat(outcome.problems()).isNotEmpty();
            assertThat(outcome.items()).isEmpty();
        }
        assertThat(export.json()).isEqualTo(before);
        assertThat(vacancies.list()).hasSize(vacancyCount);
        assertThat(documents.list()).hasSize(documentCount);
    }

    @Test
    void storesNothingInADryRunButReportsWhatWouldHappen() {
        String before = export.json();
        int vacancyCount = vacancies.list().size();
        int documentCount = documents.list().size();

        ImportOutcome changed = importer.importDocument("ander-" + SharedSeeds.fileName(SharedSeeds.UWV), changedUwv(),
                "tester", true);
        ImportOutcome vacancy = importer.importDocument("ander-" + SharedSeeds.fileName(SharedSeeds.HIRING),
                SharedSeeds.bytes(SharedSeeds.HIRING), "tester", true);

        assertThat(changed.dryRun()).isTrue();
        assertThat(changed.items()).singleElement().extracting(ImportOutcome.Item::action).isEqualTo(Action.NEW_VERSION);
        assertThat(vacancy.items()).singleElement().extracting(ImportOutcome.Item::action).isEqualTo(Action.CREATED);
        assertThat(export.json()).isEqualTo(before);
        assertThat(vacancies.list()).hasSize(vacancyCount);
        assertThat(documents.list()).hasSize(documentCount);
    }

    private List<ImportOutcome> importSeeds() {
        return SEEDS.stream().map(s -> importer.importDocument(SharedSeeds.fileName(s), SharedSeeds.bytes(s), "tester", false))
                .toList();
    }

    private List<ProfileVersion> othersThan(String code) {
        return profiles.all().stream().filter(v -> !v.code().value().equals(code)).toList();
    }

    /** The UWV document with one result area's text changed. */
    private static byte[] changedUwv() {
        String text = SharedSeeds.text(SharedSeeds.UWV);
        return text.replaceFirst("</p>", " Gewijzigd voor de test.</p>").getBytes(StandardCharsets.UTF_8);
    }
}
