package nl.functiehuis.education;

import static org.assertj.core.api.Assertions.assertThat;

import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.EducationLevel.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NlqfMappingTest {

    @ParameterizedTest(name = "{0} {1} → NLQF {2}")
    @CsvSource({"MBO,1,1", "MBO,2,2", "MBO,3,3", "MBO,4,4", "HBO,5,5", "HBO,6,6", "WO,6,6", "WO,7,7", "WO,8,8",
            "NLQF,0,0", "NLQF,5,5"})
    void mapsEachEducationLevelOntoItsNlqfLevel(Track track, int level, int nlqf) {
        assertThat(NlqfMapping.nlqf(new EducationLevel(track, level)).number()).isEqualTo(nlqf);
    }

    @Test
    void agreesWithTheLevelAProfileShows() {
        for (Track track : Track.values()) {
            for (int level = 0; level <= 8; level++) {
                EducationLevel education;
                try {
                    education = new EducationLevel(track, level);
                } catch (RuntimeException outOfRange) {
                    continue;
                }
                assertThat(NlqfMapping.nlqf(education).number()).as(education.label()).isEqualTo(education.nlqf());
            }
        }
    }

    @Test
    void listsEveryMboHboAndWoLevelInOrder() {
        assertThat(NlqfMapping.table()).extracting(r -> r.education().label())
                .containsExactly("MBO 1", "MBO 2", "MBO 3", "MBO 4", "HBO 5", "HBO 6", "WO 6", "WO 7", "WO 8");
        assertThat(NlqfMapping.table()).extracting(r -> r.nlqf().number()).containsExactly(1, 2, 3, 4, 5, 6, 6, 7, 8);
        assertThat(NlqfMapping.table()).allSatisfy(r -> assertThat(r.name()).isNotBlank());
    }

    @Test
    void mapsAnMboQualificationLevel() {
        assertThat(NlqfMapping.ofMbo(2)).isEqualTo(NlqfLevel.LEVEL_2);
    }
}
