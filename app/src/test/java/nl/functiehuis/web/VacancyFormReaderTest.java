package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.functiehuis.house.Problem;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Task;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import nl.functiehuis.vacancy.Wish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;

class VacancyFormReaderTest {

    private static final Vacancy STORED = new Vacancy("Medewerker archief", "Gemeente", null, "VS-2040", 1,
            VacancyStatus.CONCEPT, new Terms(null, null, null, 1, 32, 6, null, null, 7, new BigDecimal("40"),
                    new BigDecimal("50"), 30, 70, null, 12), "Inleiding",
            List.of(new Task("Ordent dossiers", false), new Task("Digitaliseert het archief", true)),
            List.of(new Requirement("Mbo 4 diploma", Requirement.Kind.EDUCATION, 4, null, null, null, null)),
            List.of(new Wish("Ervaring met archiefsystemen", null, 10, null)),
            List.of(new AskedCompetency("Nauwkeurigheid", null, null)), null, null);

    private static VacancyForm form(String... changes) {
        var params = new LinkedMultiValueMap<String, String>();
        VacancyForm.of(new SavedVacancy("v-1", STORED, null, "anna", Instant.EPOCH)).values().forEach(params::add);
        for (int i = 0; i < changes.length; i += 2) {
            params.set(changes[i], changes[i + 1]);
        }
        return VacancyForm.from(params);
    }

    @Test
    void readsTheUnchangedFormAsTheStoredVacancy() {
        var result = VacancyFormReader.read(form(), STORED);

        assertThat(result).isInstanceOfSatisfying(VacancyFormReader.Result.Ready.class, r -> {
            assertThat(r.vacancy()).isEqualTo(STORED);
            assertThat(r.revision()).isEqualTo(1);
        });
    }

    @Test
    void leavesOutRowsWhoseTextIsEmptied() {
        var result = VacancyFormReader.read(form("tasks[0].text", "", "wishes[0].text", " "), STORED);

        assertThat(result).isInstanceOfSatisfying(VacancyFormReader.Result.Ready.class, r -> {
            assertThat(r.vacancy().tasks()).containsExactly(new Task("Digitaliseert het archief", true));
            assertThat(r.vacancy().wishes()).isEmpty();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "headcount | 0 | headcount | moet tussen 1 en 999 liggen",
        "hoursPerWeek | veel | hoursPerWeek | is geen geheel getal",
        "tariffMax | 30 | tariffMin | hoger dan het maximumtarief",
        "tariffMin | twintig | tariffMin | is geen bedrag",
        "pricePercent | 40 | pricePercent | tellen samen niet op tot 100",
        "expectedStart | september | expectedStart | is geen maand",
        "verificationWeek | 60 | verificationWeek | moet tussen 1 en 53",
        "title | '' | title | is verplicht",
        "status | OPEN | status | is geen status",
        "requirements[0].mboLevel | 6 | requirements[0].mboLevel | moet tussen 1 en 4",
        "requirements[0].kind | NIETS | requirements[0].kind | kies een soort eis",
        "wishes[0].maxPoints | -1 | wishes[0].maxPoints | moet tussen 0 en 1000",
        "competencies[0].level | E | competencies[0].level | is geen gedragsniveau"})
    void refusesBadInputNamingTheField(String field, String value, String problemField, String message) {
        var result = VacancyFormReader.read(form(field, value), STORED);

        assertThat(result).isInstanceOfSatisfying(VacancyFormReader.Result.Refused.class, r ->
                assertThat(r.problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(problemField);
                    assertThat(p.message()).contains(message);
                }));
    }

    @Test
    void namesRowProblemsInDutch() {
        assertThat(VacancyErrors.label("requirements[1].yearsMax")).isEqualTo("Eis 2, jaren maximaal");
        assertThat(VacancyErrors.label("hoursPerWeek")).isEqualTo("Uren per week");
        assertThat(VacancyErrors.of(List.of(new Problem("", "iets")))).satisfies(e -> {
            assertThat(e.any()).isTrue();
            assertThat(e.summary().getFirst().label()).isEqualTo("Vacature");
        });
    }
}
