package nl.functiehuis.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.functiehuis.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelLetterTest {

    @ParameterizedTest
    @CsvSource({"A,A", "b,B", "' C ',C", "Niveau D,D", "niveau a,A"})
    void parsesLettersAsWritten(String text, LevelLetter expected) {
        assertThat(LevelLetter.parse(text, "level")).isEqualTo(expected);
    }

    @Test
    void rejectsLevelEWithTheFieldName() {
        assertThatThrownBy(() -> LevelLetter.parse("E", "competencies[2].level"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("competencies[2].level")
                .hasMessageContaining("A, B, C, D");
    }

    @Test
    void ordersDLightestAndAHeaviest() {
        assertThat(LevelLetter.A.heavierThan(LevelLetter.B)).isTrue();
        assertThat(LevelLetter.D.heavierThan(LevelLetter.C)).isFalse();
        assertThat(LevelLetter.D.weight()).isLessThan(LevelLetter.A.weight());
    }
}
