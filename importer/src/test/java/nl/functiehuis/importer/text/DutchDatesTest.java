package nl.functiehuis.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 juni 2007 | 2007-06-01",
        "15 mrt. 2021 | 2021-03-15",
        "per 3 Oktober 2019 | 2019-10-03",
        "1-06-2025 | 2025-06-01",
        "31/12/2020 | 2020-12-31"})
    void readsDayMonthYearDates(String text, LocalDate expected) {
        assertThat(DutchDates.date(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 februari 2020", "z.s.m.", "1 juni", "32-01-2020"})
    void refusesWhatIsNoDate(String text) {
        assertThat(DutchDates.date(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Z.s.m., naar verwachting eind september 2020 | 2020-09",
        "begin mei 2023 | 2023-05",
        "12-01-2024 | 2024-01"})
    void readsTheExpectedMonth(String text, YearMonth expected) {
        assertThat(DutchDates.month(text, true)).contains(expected);
    }

    @Test
    void findsNoMonthWithoutAYear() {
        assertThat(DutchDates.month("zo snel mogelijk", true)).isEmpty();
        assertThat(DutchDates.month("12-01-2024", false)).isEmpty();
    }
}
