package nl.functiehuis.education;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NlqfLevelTest {

    @Test
    void holdsTheEntryLevelAndLevelsOneToEight() {
        assertThat(NlqfLevel.values()).extracting(NlqfLevel::number).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(NlqfLevel.ENTRY.label()).isEqualTo("Instroomniveau");
        assertThat(NlqfLevel.LEVEL_6.label()).isEqualTo("NLQF 6");
    }

    @Test
    void describesEveryLevelBrieflyWithExamples() {
        for (NlqfLevel level : NlqfLevel.values()) {
            assertThat(level.description()).as(level.label()).isNotBlank().hasSizeLessThan(220);
            assertThat(level.examples()).as(level.label()).isNotEmpty();
        }
    }

    @Test
    void placesTypicalEducationOnItsLevel() {
        assertThat(NlqfLevel.LEVEL_4.examples()).contains("havo", "vwo");
        assertThat(NlqfLevel.LEVEL_5.examples()).anyMatch(e -> e.contains("associate degree"));
        assertThat(NlqfLevel.LEVEL_6.examples()).allMatch(e -> e.startsWith("bachelor"));
        assertThat(NlqfLevel.LEVEL_7.examples()).allMatch(e -> e.startsWith("master"));
        assertThat(NlqfLevel.LEVEL_8.examples()).anyMatch(e -> e.startsWith("doctor"));
    }

    @Test
    void findsALevelByNumberOnlyWithinTheFramework() {
        assertThat(NlqfLevel.of(0)).contains(NlqfLevel.ENTRY);
        assertThat(NlqfLevel.of(8)).contains(NlqfLevel.LEVEL_8);
        assertThat(NlqfLevel.of(9)).isEmpty();
        assertThat(NlqfLevel.of(-1)).isEmpty();
    }
}
