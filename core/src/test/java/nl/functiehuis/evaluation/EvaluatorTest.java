package nl.functiehuis.evaluation;

import static nl.functiehuis.evaluation.EvaluationFixtures.fiveCandidates;
import static nl.functiehuis.evaluation.EvaluationFixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five-candidate scenario of {@link EvaluationFixtures}, computed by hand under each price method. */
class EvaluatorTest {

    static Stream<Arguments> totals() {
        return Stream.of(
                // LOWEST_OFFER, lowest admitted rate € 23 (Dirk's € 36 is excluded and does not count):
                // Anna  23*100/25 = 92.00;   (30*92.00 + 70*81.25)/100 = (2760 + 5687.5)/100 = 84.475 -> 84.48
                // Bram  23*100/30 = 76.67;   (30*76.67 + 70*100)/100   = (2300.1 + 7000)/100 = 93.001 -> 93.00
                // Cor   23*100/23 = 100.00;  (30*100 + 70*50)/100      = 65.00
                // Eva   23*100/28 = 82.14;   (30*82.14 + 70*68.75)/100 = (2464.2 + 4812.5)/100 = 72.767 -> 72.77
                Arguments.of(ScoringSettings.of(PriceMethod.LOWEST_OFFER),
                        List.of(row("Bram", "100.00", "76.67", "93.00"), row("Anna", "81.25", "92.00", "84.48"),
                                row("Eva", "68.75", "82.14", "72.77"), row("Cor", "50.00", "100.00", "65.00"))),
                // LINEAR_RANGE € 23..35 (span 12):
                // Anna  (35-25)*100/12 = 83.33;  (30*83.33 + 5687.5)/100 = (2499.9 + 5687.5)/100 = 81.874 -> 81.87
                // Bram  (35-30)*100/12 = 41.67;  (30*41.67 + 7000)/100   = (1250.1 + 7000)/100 = 82.501 -> 82.50
                // Cor   (35-23)*100/12 = 100.00; 65.00
                // Eva   (35-28)*100/12 = 58.33;  (30*58.33 + 4812.5)/100 = (1749.9 + 4812.5)/100 = 65.624 -> 65.62
                Arguments.of(ScoringSettings.of(PriceMethod.LINEAR_RANGE),
                        List.of(row("Bram", "100.00", "41.67", "82.50"), row("Anna", "81.25", "83.33", "81.87"),
                                row("Eva", "68.75", "58.33", "65.62"), row("Cor", "50.00", "100.00", "65.00"))),
                // POINTS_TABLE: <= 25 -> 100, <= 30 -> 40, <= 35 -> 0
                // Anna  € 25 -> 100; (3000 + 5687.5)/100 = 86.875 -> 86.88
                // Bram  € 30 -> 40;  (1200 + 7000)/100   = 82.00
                // Cor   € 23 -> 100; (3000 + 3500)/100   = 65.00
                // Eva   € 28 -> 40;  (1200 + 4812.5)/100 = 60.125 -> 60.13
                Arguments.of(EvaluationFixtures.table(),
                        List.of(row("Anna", "81.25", "100.00", "86.88"), row("Bram", "100.00", "40.00", "82.00"),
                                row("Cor", "50.00", "100.00", "65.00"), row("Eva", "68.75", "40.00", "60.13"))));
    }

    @ParameterizedTest
    @MethodSource("totals")
    void ranksFiveCandidatesByHandComputedTotals(ScoringSettings settings, List<List<String>> expected) {
        Evaluation evaluation = Evaluator.evaluate(vacancy(), settings, fiveCandidates());

        List<List<String>> actual = evaluation.ranking().stream().map(r -> row(r.candidate().name(),
                r.quality().score().toPlainString(), r.price().toPlainString(), r.total().toPlainString())).toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(evaluation.ranking()).extracting(CandidateResult.Ranked::rank).containsExactly(1, 2, 3, 4);
    }

    @ParameterizedTest
    @MethodSource("totals")
    void excludesTheCandidateAboveTheTariffWithTheReason(ScoringSettings settings, List<List<String>> expected) {
        Evaluation evaluation = Evaluator.evaluate(vacancy(), settings, fiveCandidates());

        assertThat(evaluation.excluded()).singleElement().satisfies(e -> {
            assertThat(e.candidate().name()).isEqualTo("Dirk");
            assertThat(e.reasons()).containsExactly("tarief € 36 boven maximum € 35");
        });
        assertThat(evaluation.ranking()).extracting(r -> r.candidate().name()).doesNotContain("Dirk");
    }

    @ParameterizedTest
    @MethodSource("totals")
    void computesQualityFromMeansOverAssessors(ScoringSettings settings, List<List<String>> expected) {
        var anna = (CandidateResult.Ranked) Evaluator.evaluate(vacancy(), settings, fiveCandidates()).of("c1")
                .orElseThrow();

        assertThat(anna.quality().earned()).isEqualByComparingTo("32.5");
        assertThat(anna.quality().possible()).isEqualByComparingTo("40");
    }

    private static List<String> row(String name, String quality, String price, String total) {
        return List.of(name, quality, price, total);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
