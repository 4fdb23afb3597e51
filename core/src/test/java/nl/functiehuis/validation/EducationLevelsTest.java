package nl.functiehuis.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading NLQF levels, levels of thinking and Roman numerals from the texts profiles use. */
class EducationLevelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"MBO 3|3", "MBO 3/4|3", "MBO-4|4", "mbo niveau 2|2",
            "HBO-werk- en denkniveau|6", "WO|7", "NLQF 5|5", "Ervaring|-1"})
    void readsTheLowestLevelOfThinking(String text, int expected) {
        assertThat(EducationLevels.lowest(text)).isEqualTo(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected));
    }

    @Test
    void readsNlqfLevelsAsWritten() {
        assertThat(EducationLevels.nlqf("4/6")).containsExactly(4, 6);
        assertThat(EducationLevels.nlqf("3")).containsExactly(3);
        assertThat(EducationLevels.nlqf("Instroomniveau")).isEqualTo(List.of(0));
    }

    @ParameterizedTest
    @CsvSource({"Medewerker Publiek I,1", "Medewerker Publiek IV,4", "Medewerker Educatie V,5", "Adviseur,-1",
            "Medewerker Invorderen,-1"})
    void readsTheRomanNumeralEndingATitle(String title, int expected) {
        assertThat(Ranking.numeral(title)).isEqualTo(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected));
    }
}
