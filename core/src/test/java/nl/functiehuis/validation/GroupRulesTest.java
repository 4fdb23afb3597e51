package nl.functiehuis.validation;

import static nl.functiehuis.competency.LevelLetter.B;
import static nl.functiehuis.competency.LevelLetter.C;
import static nl.functiehuis.competency.LevelLetter.D;
import static nl.functiehuis.validation.ValidationFixtures.content;
import static nl.functiehuis.validation.ValidationFixtures.house;
import static nl.functiehuis.validation.ValidationFixtures.norm;
import static nl.functiehuis.validation.ValidationFixtures.req;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.NormFunction;
import org.junit.jupiter.api.Test;

/**
 * GROEP-NIVEAU, GROEP-SCHAAL and GROEP-OPLEIDING on the ladders of a house: Medewerker I (the heaviest) to
 * III in group G1, and a levelled family A–C.
 */
class GroupRulesTest {

    private static NormFunction function(String numeral, String code, int mbo, LevelLetter integrity, LevelLetter accuracy) {
        return norm(code, "Medewerker " + numeral, "2",
                content(List.of(req("Integriteit", integrity), req("Nauwkeurigheid", accuracy)), mbo));
    }

    private static List<Violation> run(GroupRule rule, FunctionProfile... profiles) {
        HouseView house = house(profiles);
        return Ladders.of(house).stream().flatMap(l -> rule.violations(l).stream()).toList();
    }

    @Test
    void levelsFireOnAHeavierFunctionAskingALighterLevel() {
        var found = run(GroupRules.LEVELS_RISE, function("I", "G1.02", 4, C, B), function("II", "G1.04", 3, B, C),
                function("III", "G1.06", 2, D, D));

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.profileCode().value()).isEqualTo("G1.02");
            assertThat(v.field()).isEqualTo("content.competencies[0].level");
            assertThat(v.message()).startsWith("Medewerker I (G1.02) vraagt Integriteit op niveau C, lichter dan niveau B"
                    + " bij de lichtere functie Medewerker II (G1.04) in functiegroep G1 Groep");
        });
    }

    @Test
    void levelsAcceptEqualOrRisingLevelsAndRankByNumeralNotCode() {
        var found = run(GroupRules.LEVELS_RISE, function("III", "G1.02", 2, D, D), function("I", "G1.06", 4, B, B),
                function("II", "G1.04", 3, C, B));

        assertThat(found).isEmpty();
    }

    @Test
    void educationFiresOnAHeavierFunctionAskingLessEducation() {
        var found = run(GroupRules.EDUCATION_RISES, function("I", "G1.02", 2, B, B), function("II", "G1.04", 3, C, C));

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("content.minimumEducation");
            assertThat(v.message()).contains("Medewerker I (G1.02) (MBO 2) ligt lager dan bij de lichtere functie"
                    + " Medewerker II (G1.04) (MBO 3)");
        });
    }

    @Test
    void educationFiresOnAFamilyWhoseLevelOfThinkingFalls() {
        var f = FamilyFixtures.family(4, 5, 6, "MBO 4", "MBO 3", "HBO-werk- en denkniveau", FamilyFixtures.core());

        assertThat(run(GroupRules.EDUCATION_RISES, f)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("knowledgeAndSkills[0].cells[1]");
            assertThat(v.message()).contains("niveau B, Adviseur B (F-102) (MBO 3)");
        });
    }

    @Test
    void educationAcceptsRisingLevelsOfThinking() {
        assertThat(run(GroupRules.EDUCATION_RISES, FamilyFixtures.family(FamilyFixtures.core()),
                function("I", "G1.02", 4, B, B), function("II", "G1.04", 4, C, C))).isEmpty();
    }

    @Test
    void scalesFireOnAFallingScaleAndAcceptRisingOnes() {
        var falling = FamilyFixtures.family(5, 4, 6, "MBO 3", "MBO 3", "MBO 4", FamilyFixtures.core());

        assertThat(run(GroupRules.SCALES_RISE, falling)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("levels[1].scale");
            assertThat(v.message()).contains("(schaal 4) ligt lager", "(schaal 5)");
        });
        assertThat(run(GroupRules.SCALES_RISE, FamilyFixtures.family(FamilyFixtures.core()))).isEmpty();
    }
}
