package nl.functiehuis.evaluation;

import static nl.functiehuis.evaluation.EvaluationFixtures.candidate;
import static nl.functiehuis.evaluation.EvaluationFixtures.scored;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.vacancy.Terms;
import org.junit.jupiter.api.Test;

class RankingOrderTest {

    @Test
    void breaksEqualTotalsByHigherQuality() {
        // No tariff range, lowest offer € 24. Piet: price 100, quality 20/40 = 50 -> (3000 + 3500)/100 = 65.00.
        // Qiana € 80: price 24*100/80 = 30.00, quality 32/40 = 80 -> (900 + 5600)/100 = 65.00. Qiana first.
        var vacancy = EvaluationFixtures.vacancy(new Terms(null, null, null, null, null, null, null, null, null,
                null, null, 30, 70, null, null));
        var piet = scored(candidate("p", "Piet", "24"), "10", null, "5", "3", null, "2");
        var qiana = scored(candidate("q", "Qiana", "80"), "16", null, "8", "4", null, "4");

        var ranking = Evaluator.evaluate(vacancy, ScoringSettings.standard(), List.of(piet, qiana)).ranking();

        assertThat(ranking).extracting(r -> r.total().toPlainString()).containsExactly("65.00", "65.00");
        assertThat(ranking).extracting(r -> r.candidate().name()).containsExactly("Qiana", "Piet");
    }

    @Test
    void breaksEqualTotalAndQualityByLowerRateThenName() {
        // Points table: € 24 and € 25 both earn 100, equal scores -> equal totals and quality.
        var zara = scored(candidate("z", "Zara", "24"), "10", null, "5", "3", null, "2");
        var bob = scored(candidate("b", "Bob", "25"), "10", null, "5", "3", null, "2");
        var ann = scored(candidate("a", "Ann", "25"), "10", null, "5", "3", null, "2");

        var ranking = Evaluator.evaluate(EvaluationFixtures.vacancy(), EvaluationFixtures.table(),
                List.of(bob, zara, ann)).ranking();

        assertThat(ranking).extracting(r -> r.candidate().name()).containsExactly("Zara", "Ann", "Bob");
    }

    @Test
    void invitesTheBestRankedUpToTheSettingsNumber() {
        var evaluation = Evaluator.evaluate(EvaluationFixtures.vacancy(), ScoringSettings.standard(),
                EvaluationFixtures.fiveCandidates());

        assertThat(evaluation.invited()).extracting(r -> r.candidate().name()).containsExactly("Bram", "Anna", "Eva");
    }

    @Test
    void countsOnlyQualityWhenTheVacancyNamesNoWeights() {
        var vacancy = EvaluationFixtures.vacancy(new Terms(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null));
        var anna = scored(candidate("c1", "Anna", "25"), "16", "18", "8", "4", "5", "3");

        var ranked = Evaluator.evaluate(vacancy, ScoringSettings.standard(), List.of(anna)).ranking().getFirst();

        assertThat(ranked.total()).isEqualByComparingTo("81.25");
    }
}
