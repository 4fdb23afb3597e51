package nl.functiehuis.education;

import static org.assertj.core.api.Assertions.assertThat;

import nl.functiehuis.profile.EducationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EducationTextTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {"MBO-4|MBO 4", "mbo niveau 3|MBO 3", "Mbo 2|MBO 2", "NLQF 5|NLQF 5",
            "NLQF-niveau 6|NLQF 6", "HBO|HBO 6", "hbo-niveau|HBO 6", "WO|WO 7", "academisch werk- en denkniveau|WO 7"})
    void readsTheEducationLevelAWorkingLevelNames(String text, String label) {
        assertThat(EducationText.level(text)).map(EducationLevel::label).contains(label);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "n.v.t.", "MBO", "mbo 6", "woensdag", "Minimaal MBO bijvoorbeeld sport"})
    void readsNoLevelWhereTheTextNamesNone(String text) {
        assertThat(EducationText.level(text)).isEmpty();
    }
}
