package nl.functiehuis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void accountsForEveryWishCompetencyThePriceAndTheWeighting() {
        var evaluation = Evaluator.evaluate(EvaluationFixtures.vacancy(), ScoringSettings.standard(),
                EvaluationFixtures.fiveCandidates());
        var anna = evaluation.of("c1").orElseThrow();

        assertThat(anna.explanation()).containsExactly(
                "Wens 1 (Ervaring met zaaksystemen): 17,00 van 20,00 punten (gemiddelde van a 16,00; b 18,00)",
                "Wens 2 (Kennis van de Archiefwet): 8,00 van 10,00 punten (a 8,00)",
                "Competentie Nauwkeurigheid: 4,50 van 5,00 punten (gemiddelde van a 4,00; b 5,00)",
                "Competentie Samenwerken: 3,00 van 5,00 punten (a 3,00)",
                "Kwaliteit: 32,50 van 40,00 punten × 100 / 40,00 = 81,25",
                "Prijs (laagste aanbieding): € 23 / € 25 × 100 = 92,00",
                "Totaal: 30% × 92,00 + 70% × 81,25 = 84,48");
    }

    @Test
    void writesTheLinearAndTableSums() {
        var linear = Evaluator.evaluate(EvaluationFixtures.vacancy(), ScoringSettings.of(PriceMethod.LINEAR_RANGE),
                EvaluationFixtures.fiveCandidates()).of("c5").orElseThrow();
        var table = Evaluator.evaluate(EvaluationFixtures.vacancy(), EvaluationFixtures.table(),
                EvaluationFixtures.fiveCandidates()).of("c5").orElseThrow();

        assertThat(linear.explanation()).contains(
                "Prijs (lineair over de tariefrange): (€ 35 − € 28) / (€ 35 − € 23) × 100 = 58,33");
        assertThat(table.explanation()).contains("Prijs (puntentabel): € 28 valt in de band tot en met € 30 = 40,00");
    }

    @Test
    void explainsAnExclusionByItsReason() {
        var dirk = Evaluator.evaluate(EvaluationFixtures.vacancy(), ScoringSettings.standard(),
                EvaluationFixtures.fiveCandidates()).of("c4").orElseThrow();

        assertThat(dirk.explanation()).containsExactly("Uitgesloten: tarief € 36 boven maximum € 35");
    }

    @Test
    void saysWhatWasNotScoredYet() {
        var bare = CandidateScores.unscored(EvaluationFixtures.candidate("c9", "Nieuw", "30"));
        var result = Evaluator.evaluate(EvaluationFixtures.vacancy(), ScoringSettings.standard(),
                java.util.List.of(bare)).of("c9").orElseThrow();

        assertThat(result.explanation().getFirst()).endsWith("0,00 van 20,00 punten (nog niet gescoord)");
    }
}
