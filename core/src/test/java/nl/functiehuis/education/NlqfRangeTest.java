package nl.functiehuis.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.functiehuis.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NlqfRangeTest {

    @ParameterizedTest(name = "\"{0}\" → {1}–{2}")
    @CsvSource(delimiter = '|', value = {"4|4|4", "2/3|2|3", "4/6|4|6", "6/4|4|6", "NLQF 5|5|5", "3 - 4|3|4"})
    void readsTheLevelsWrittenInAProfile(String text, int low, int high) {
        assertThat(NlqfRange.parse(text)).hasValueSatisfying(r -> {
            assertThat(r.low().number()).isEqualTo(low);
            assertThat(r.high().number()).isEqualTo(high);
        });
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "n.v.t.", "9", "mbo"})
    void readsNothingFromTextWithoutALevel(String text) {
        assertThat(NlqfRange.parse(text)).isEmpty();
    }

    @Test
    void containsTheLevelsBetweenItsEnds() {
        var range = new NlqfRange(NlqfLevel.LEVEL_2, NlqfLevel.LEVEL_3);
        assertThat(range.contains(NlqfLevel.LEVEL_2)).isTrue();
        assertThat(range.contains(NlqfLevel.LEVEL_3)).isTrue();
        assertThat(range.contains(NlqfLevel.LEVEL_1)).isFalse();
        assertThat(range.contains(NlqfLevel.LEVEL_4)).isFalse();
    }

    @Test
    void spansTwoRanges() {
        var span = NlqfRange.of(NlqfLevel.LEVEL_2).span(new NlqfRange(NlqfLevel.LEVEL_4, NlqfLevel.LEVEL_6));
        assertThat(span).isEqualTo(new NlqfRange(NlqfLevel.LEVEL_2, NlqfLevel.LEVEL_6));
        assertThat(span.label()).isEqualTo("NLQF 2–6");
        assertThat(NlqfRange.of(NlqfLevel.LEVEL_4).label()).isEqualTo("NLQF 4");
    }

    @Test
    void refusesARangeThatRunsBackwards() {
        assertThatThrownBy(() -> new NlqfRange(NlqfLevel.LEVEL_4, NlqfLevel.LEVEL_2)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("low");
    }
}
