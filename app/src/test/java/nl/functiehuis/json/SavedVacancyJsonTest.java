package nl.functiehuis.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import org.junit.jupiter.api.Test;

class SavedVacancyJsonTest {
    private static final HouseJson JSON = new HouseJson();
    private static final Vacancy VACANCY = new Vacancy("Medewerker archief", null, null, null, null, VacancyStatus.CONCEPT,
            Terms.none(), null, List.of(), List.of(), List.of(), List.of(), null, null);
    private static final SavedVacancy NEW = new SavedVacancy("v-1", VACANCY, null, "anna", Instant.parse("2026-01-01T10:00:00Z"));

    @Test
    void leavesTheFirstRevisionOutAndReadsItBack() {
        String text = JSON.write(NEW);

        assertThat(text).doesNotContain("revision", "editedBy");
        assertThat(JSON.read(text, SavedVacancy.class, "test")).isEqualTo(NEW);
    }

    @Test
    void writesAndReadsAnEditedRevision() {
        SavedVacancy edited = NEW.edited(VACANCY, "bram", Instant.parse("2026-02-01T09:30:00Z"));

        String text = JSON.write(edited);

        assertThat(text).contains("\"revision\" : 2", "\"editedBy\" : \"bram\"");
        assertThat(JSON.read(text, SavedVacancy.class, "test")).isEqualTo(edited);
    }

    @Test
    void refusesARevisionBelowOneNamingTheField() {
        String text = JSON.write(NEW).replace("\"author\"", "\"revision\" : 0, \"author\"");

        assertThat(catchThrowable(() -> JSON.read(text, SavedVacancy.class, "bestand")))
                .hasMessageContaining("revision");
    }
}
