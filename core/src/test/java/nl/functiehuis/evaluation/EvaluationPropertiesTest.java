package nl.functiehuis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties over generated scenarios: each seed builds candidates with random rates, verdicts and scores. */
class EvaluationPropertiesTest {
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Test
    void keepsEveryScoreWithinItsBounds() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            var evaluation = Evaluator.evaluate(EvaluationFixtures.vacancy(), settings(random), scenario(random));
            for (var r : evaluation.ranking()) {
                assertThat(r.quality().score()).isBetween(ZERO, HUNDRED);
                assertThat(r.quality().earned()).isBetween(ZERO, r.quality().possible());
                assertThat(r.price()).isBetween(ZERO, HUNDRED);
                assertThat(r.total()).isBetween(ZERO, HUNDRED);
            }
        });
    }

    @Test
    void neverRanksALowerPriceBelowAHigherOneOfEqualQuality() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            var others = scenario(random);
            var cheap = twin(others.getFirst(), "goedkoop", rate(random, 23, 34));
            var dear = twin(others.getFirst(), "duur", cheap.candidate().hourlyRate().add(cents(random, 1, 100)));
            List<CandidateScores> all = new ArrayList<>(others);
            all.add(dear);
            all.add(cheap);
            var ranking = Evaluator.evaluate(EvaluationFixtures.vacancy(), settings(random), all).ranking();
            List<String> ids = ranking.stream().map(r -> r.candidate().id()).toList();
            if (ids.contains("duur")) {
                assertThat(ids.indexOf("goedkoop")).isLessThan(ids.indexOf("duur"));
            }
        });
    }

    @Test
    void neverRanksAnExcludedCandidate() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            var scenario = scenario(random);
            var evaluation = Evaluator.evaluate(EvaluationFixtures.vacancy(), settings(random), scenario);
            Set<String> ranked = evaluation.ranking().stream().map(r -> r.candidate().id()).collect(Collectors.toSet());
            for (var c : scenario) {
                var admission = Admission.of(EvaluationFixtures.vacancy(), c);
                assertThat(ranked.contains(c.candidate().id())).isEqualTo(!admission.excluded());
            }
            assertThat(evaluation.ranking().size() + evaluation.excluded().size()).isEqualTo(scenario.size());
        });
    }

    private static ScoringSettings settings(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> ScoringSettings.of(PriceMethod.LOWEST_OFFER);
            case 1 -> ScoringSettings.of(PriceMethod.LINEAR_RANGE);
            default -> EvaluationFixtures.table();
        };
    }

    private static List<CandidateScores> scenario(Random random) {
        List<CandidateScores> all = new ArrayList<>();
        int count = 1 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            var candidate = new Candidate("k" + i, "v1", "Kandidaat " + i, "L", rate(random, 18, 40), null, null,
                    List.of());
            List<RequirementVerdict> verdicts = new ArrayList<>();
            for (int eis = 1; eis <= 2; eis++) {
                Verdict v = Verdict.values()[random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0];
                verdicts.add(new RequirementVerdict(eis, v, v == Verdict.VOLDAAN ? null : "reden", "a"));
            }
            List<WishScore> wishes = new ArrayList<>();
            for (String assessor : List.of("a", "b")) {
                wishes.add(new WishScore(1, assessor, cents(random, 0, 2000), null));
                wishes.add(new WishScore(2, assessor, cents(random, 0, 1000), null));
            }
            List<CompetencyScore> comps = List.of(new CompetencyScore(1, "a", cents(random, 0, 500), null),
                    new CompetencyScore(2, "b", cents(random, 0, 500), null));
            all.add(new CandidateScores(candidate, verdicts, wishes, comps));
        }
        return all;
    }

    private static CandidateScores twin(CandidateScores model, String id, BigDecimal rate) {
        var c = new Candidate(id, "v1", id, "L", rate, null, null, List.of());
        return new CandidateScores(c, EvaluationFixtures.met(), model.wishScores(), model.competencyScores());
    }

    private static BigDecimal rate(Random random, int from, int to) {
        return cents(random, from * 100, to * 100);
    }

    private static BigDecimal cents(Random random, int from, int to) {
        return BigDecimal.valueOf(from + random.nextInt(to - from + 1), 2);
    }
}
