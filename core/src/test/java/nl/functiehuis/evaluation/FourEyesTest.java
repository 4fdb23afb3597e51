package nl.functiehuis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FourEyesTest {
    private static final Instant AT = Instant.parse("2025-09-22T10:00:00Z");

    @Test
    void confirmsWhenTheFingerprintIsUnchanged() {
        var scores = EvaluationFixtures.fiveCandidates();
        var evaluation = Evaluator.evaluate(EvaluationFixtures.vacancy(), ScoringSettings.standard(), scores);
        String print = ScoreFingerprint.of(ScoringSettings.standard(), scores);

        var review = FourEyes.review(evaluation, print, Optional.of(new Confirmation("v1", "c", AT, print)));

        assertThat(review).isInstanceOf(Review.Confirmed.class);
    }

    @Test
    void reopensWhenAScoreChangesAfterConfirmation() {
        var scores = new ArrayList<>(EvaluationFixtures.fiveCandidates());
        String before = ScoreFingerprint.of(ScoringSettings.standard(), scores);
        var first = scores.getFirst();
        var changed = new ArrayList<>(first.wishScores());
        changed.set(0, new WishScore(1, "a", new BigDecimal("15"), null));
        scores.set(0, new CandidateScores(first.candidate(), first.verdicts(), changed, first.competencyScores()));
        String after = ScoreFingerprint.of(ScoringSettings.standard(), scores);
        var evaluation = Evaluator.evaluate(EvaluationFixtures.vacancy(), ScoringSettings.standard(), scores);

        var review = FourEyes.review(evaluation, after, Optional.of(new Confirmation("v1", "c", AT, before)));

        assertThat(after).isNotEqualTo(before);
        assertThat(review).isInstanceOfSatisfying(Review.Open.class, open -> {
            assertThat(open.stale()).isNotNull();
            assertThat(open.blockers()).isEmpty();
        });
    }

    @Test
    void refusesConfirmationByAnAssessorWhoScored() {
        var scores = EvaluationFixtures.fiveCandidates();
        var evaluation = Evaluator.evaluate(EvaluationFixtures.vacancy(), ScoringSettings.standard(), scores);

        assertThat(FourEyes.refusals("a", evaluation, scores)).hasSize(1);
        assertThat(FourEyes.refusals("tweede", evaluation, scores)).isEmpty();
    }

    @Test
    void unclearVerdictsBlockConfirmation() {
        var c = EvaluationFixtures.candidate("c1", "Anna", "25");
        var scores = List.of(new CandidateScores(c, List.of(new RequirementVerdict(1, Verdict.ONDUIDELIJK,
                "diploma ontbreekt", "a"), new RequirementVerdict(2, Verdict.VOLDAAN, null, "a")), List.of(), List.of()));
        var evaluation = Evaluator.evaluate(EvaluationFixtures.vacancy(), ScoringSettings.standard(), scores);
        String print = ScoreFingerprint.of(ScoringSettings.standard(), scores);

        assertThat(FourEyes.refusals("tweede", evaluation, scores))
                .containsExactly("Anna: eis 1 onduidelijk of nog niet beoordeeld");
        assertThat(FourEyes.review(evaluation, print, Optional.of(new Confirmation("v1", "t", AT, print))))
                .isInstanceOf(Review.Open.class);
    }

    @Test
    void fingerprintIgnoresTheOrderScoresWereRead() {
        var scores = EvaluationFixtures.fiveCandidates();
        var reversed = new ArrayList<>(scores);
        java.util.Collections.reverse(reversed);

        assertThat(ScoreFingerprint.of(ScoringSettings.standard(), reversed))
                .isEqualTo(ScoreFingerprint.of(ScoringSettings.standard(), scores))
                .isNotEqualTo(ScoreFingerprint.of(ScoringSettings.of(PriceMethod.LINEAR_RANGE), scores));
    }
}
