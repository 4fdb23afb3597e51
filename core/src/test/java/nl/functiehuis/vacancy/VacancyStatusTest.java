package nl.functiehuis.vacancy;

import static nl.functiehuis.vacancy.VacancyStatus.CONCEPT;
import static nl.functiehuis.vacancy.VacancyStatus.GEGUND;
import static nl.functiehuis.vacancy.VacancyStatus.GEPUBLICEERD;
import static nl.functiehuis.vacancy.VacancyStatus.GESLOTEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.functiehuis.InvalidValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VacancyStatusTest {

    @ParameterizedTest
    @CsvSource({
        "CONCEPT, CONCEPT, true", "CONCEPT, GEPUBLICEERD, true", "CONCEPT, GESLOTEN, false", "CONCEPT, GEGUND, false",
        "GEPUBLICEERD, CONCEPT, true", "GEPUBLICEERD, GESLOTEN, true", "GEPUBLICEERD, GEGUND, false",
        "GESLOTEN, GEPUBLICEERD, true", "GESLOTEN, GEGUND, true", "GESLOTEN, CONCEPT, false",
        "GEGUND, GESLOTEN, true", "GEGUND, GEPUBLICEERD, false", "GEGUND, CONCEPT, false"})
    void allowsOneStepForwardOrBack(VacancyStatus from, VacancyStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @Test
    void parsesStatusNamesInAnyCase() {
        assertThat(VacancyStatus.parse(" gepubliceerd ", "status")).isEqualTo(GEPUBLICEERD);
        assertThat(VacancyStatus.parse("Gegund", "status")).isEqualTo(GEGUND);
        assertThat(CONCEPT.reachable()).containsExactlyInAnyOrder(CONCEPT, GEPUBLICEERD);
        assertThat(GESLOTEN.reachable()).containsExactlyInAnyOrder(GEPUBLICEERD, GESLOTEN, GEGUND);
    }

    @Test
    void refusesAnUnknownStatusNamingTheField() {
        assertThatThrownBy(() -> VacancyStatus.parse("open", "status"))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("'status'").hasMessageContaining("open");
    }
}
