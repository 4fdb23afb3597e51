package nl.functiehuis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import nl.functiehuis.house.ImportedDocument;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.StaleVacancy;
import nl.functiehuis.vacancy.Task;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import nl.functiehuis.vacancy.Wish;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Vacancies and imported documents are stored losslessly on H2 and on PostgreSQL (migration V2). */
class ImportStorageIT {

    static Stream<StoredHouse> databases() {
        return Stream.of(StoredHouse.on("H2", TestDatabases.h2()), StoredHouse.on("PostgreSQL", TestDatabases.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAVacancyWithItsTermsLosslessly(StoredHouse house) {
        var vacancies = new JdbcVacancies(house.jdbc(), new HouseJson());
        var first = new SavedVacancy("v-1", vacancy("Beheerder"), "verzoek.txt", "anna", StoredHouse.NOW);
        var second = new SavedVacancy("v-2", vacancy("Adviseur"), null, "bram", StoredHouse.NOW.plusSeconds(60));

        vacancies.save(first);
        vacancies.save(second);

        assertThat(vacancies.find("v-1")).contains(first);
        assertThat(vacancies.list()).containsExactly(second, first);
        assertThat(vacancies.fromSource("verzoek.txt")).containsExactly(first);
        assertThat(vacancies.find("v-3")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void updatesAVacancyOnlyOnTopOfTheStoredRevision(StoredHouse house) {
        var vacancies = new JdbcVacancies(house.jdbc(), new HouseJson());
        var stored = new SavedVacancy("v-9", vacancy("Beheerder"), null, "anna", StoredHouse.NOW);
        vacancies.save(stored);
        var edited = stored.edited(vacancy("Beheerder (herzien)"), "bram", StoredHouse.NOW.plusSeconds(5));

        vacancies.update(edited);

        assertThat(vacancies.find("v-9")).contains(edited);
        assertThat(edited.revision()).isEqualTo(2);
        assertThatThrownBy(() -> vacancies.update(stored.edited(vacancy("Te laat"), "carla", StoredHouse.NOW)))
                .isInstanceOf(StaleVacancy.class).hasMessageContaining("revisie 2");
        assertThat(vacancies.find("v-9")).contains(edited);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsAnImportedDocumentWithItsOriginalBytes(StoredHouse house) {
        var documents = new JdbcImportedDocuments(house.jdbc());
        byte[] content = new byte[3 * 1024 * 1024];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        String sha = "0123456789abcdef".repeat(4);
        var document = new ImportedDocument("d-1", "boekje.txt", sha, "COMPETENCY_BOOKLET", "Dienstverlening",
                Instant.parse("2026-03-01T10:00:00Z"), "anna", content.length, "{\"status\":\"IMPORTED\"}");

        documents.save(document, content);

        assertThat(documents.withSha256(sha)).contains(document);
        assertThat(documents.find("d-1")).contains(document);
        assertThat(documents.content("d-1")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
        assertThat(documents.list()).containsExactly(document);
        assertThat(documents.withSha256("f".repeat(64))).isEmpty();
    }

    private static Vacancy vacancy(String title) {
        var terms = new Terms("Rotterdam", "zo snel mogelijk", YearMonth.of(2025, 9), 2, 36, 6, 3, 6, 6,
                new BigDecimal("23.50"), new BigDecimal("35"), 30, 70, "week 39", 39);
        return new Vacancy(title, "Gemeente", "Afdeling", "VS01.01.04", 2, VacancyStatus.CONCEPT, terms, "Inleiding",
                List.of(new Task("Post verwerken", false), new Task("Archief digitaliseren", true)),
                List.of(new Requirement("MBO 4 diploma", Requirement.Kind.EDUCATION, 4, null, null, null, null),
                        new Requirement("2 jaar ervaring in de laatste 5 jaar", Requirement.Kind.EXPERIENCE, null, 2, null,
                                5, "administratie")),
                List.of(new Wish("Ervaring met zaaksystemen", "systemen", 20, "meer jaren, meer punten")),
                List.of(new AskedCompetency("Nauwkeurigheid", "Werkt zorgvuldig", null)), null, "Over de organisatie");
    }
}
