package nl.functiehuis.evaluation;

import static nl.functiehuis.evaluation.EvaluationFixtures.candidate;
import static nl.functiehuis.evaluation.EvaluationFixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.functiehuis.InvalidValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "36    | tarief € 36 boven maximum € 35",
            "35.01 | tarief € 35,01 boven maximum € 35",
            "20    | tarief € 20 onder minimum € 23",
            "22.50 | tarief € 22,50 onder minimum € 23"})
    void excludesRateOutsideTheTariffRange(String rate, String reason) {
        var admission = Admission.of(vacancy(), new CandidateScores(candidate("c", "X", rate),
                EvaluationFixtures.met(), List.of(), List.of()));

        assertThat(admission.exclusions()).containsExactly(reason);
    }

    @ParameterizedTest
    @CsvSource({"23", "35", "29.99"})
    void admitsRateInsideTheRangeIncludingItsEnds(String rate) {
        var admission = Admission.of(vacancy(), new CandidateScores(candidate("c", "X", rate),
                EvaluationFixtures.met(), List.of(), List.of()));

        assertThat(admission.excluded()).isFalse();
    }

    @Test
    void excludesEachUnmetEisNamingIt() {
        var verdicts = List.of(new RequirementVerdict(1, Verdict.NIET_VOLDAAN, "alleen mbo 3", "a"),
                new RequirementVerdict(2, Verdict.VOLDAAN, null, "a"));
        var admission = Admission.of(vacancy(), new CandidateScores(candidate("c", "X", "36"), verdicts, List.of(),
                List.of()));

        assertThat(admission.exclusions()).containsExactly("tarief € 36 boven maximum € 35",
                "eis 1 niet voldaan (Diploma op mbo-niveau 4): alleen mbo 3");
    }

    @Test
    void keepsUnclearAndUnjudgedEisenOpen() {
        var verdicts = List.of(new RequirementVerdict(1, Verdict.ONDUIDELIJK, "diploma niet meegestuurd", "a"));
        var admission = Admission.of(vacancy(), new CandidateScores(candidate("c", "X", "30"), verdicts, List.of(),
                List.of()));

        assertThat(admission.excluded()).isFalse();
        assertThat(admission.open()).containsExactly(1, 2);
    }

    @Test
    void refusesVerdictOtherThanMetWithoutReason() {
        assertThatThrownBy(() -> new RequirementVerdict(1, Verdict.NIET_VOLDAAN, " ", "a"))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("reden");
    }

    @Test
    void refusesRateWithMoreThanTwoDecimals() {
        assertThatThrownBy(() -> candidate("c", "X", "30.125")).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("tarief");
    }
}
