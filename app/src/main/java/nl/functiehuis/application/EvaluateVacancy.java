package nl.functiehuis.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.evaluation.AuditLine;
import nl.functiehuis.evaluation.CandidateScores;
import nl.functiehuis.evaluation.Candidates;
import nl.functiehuis.evaluation.Confirmation;
import nl.functiehuis.evaluation.Evaluation;
import nl.functiehuis.evaluation.Evaluator;
import nl.functiehuis.evaluation.FourEyes;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.evaluation.ScoreFingerprint;
import nl.functiehuis.evaluation.ScoringSettings;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.vacancy.SavedVacancy;

/** Ranks a vacancy's candidates with core's {@link Evaluator}, and lets a second assessor confirm the ranking. */
public final class EvaluateVacancy {
    private final VacancyTeam team;
    private final Candidates candidates;
    private final Reviews reviews;
    private final Scoring scoring;
    private final Transactions transactions;
    private final Clock clock;

    public EvaluateVacancy(VacancyTeam team, Candidates candidates, Reviews reviews, Scoring scoring,
            Transactions transactions, Clock clock) {
        this.team = team;
        this.candidates = candidates;
        this.reviews = reviews;
        this.scoring = scoring;
        this.transactions = transactions;
        this.clock = clock;
    }

    public EvaluationReport report(String vacancyId, Viewer viewer) {
        SavedVacancy vacancy = team.vacancy(vacancyId);
        ScoringSettings settings = scoring.settings(vacancyId);
        List<CandidateScores> scores = candidates.scores(vacancyId);
        Evaluation evaluation = Evaluator.evaluate(vacancy.vacancy(), settings, scores);
        var review = FourEyes.review(evaluation, ScoreFingerprint.of(settings, scores),
                reviews.latestConfirmation(vacancyId));
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            numbers.put(scores.get(i).candidate().id(), i + 1);
        }
        return new EvaluationReport(vacancy, evaluation, review, team.sees(viewer, vacancyId), numbers,
                reviews.auditLines(vacancyId), List.copyOf(team.members(vacancyId)));
    }

    /** One candidate with its verdicts and scores, for a team member (or the operator). */
    public CandidateScores candidate(String vacancyId, String candidateId, Viewer viewer) {
        team.vacancy(vacancyId);
        team.requireMember(viewer, vacancyId);
        return candidates.scores(vacancyId).stream().filter(c -> c.candidate().id().equals(candidateId)).findFirst()
                .orElseThrow(() -> new EvaluationNotFound("vacature " + vacancyId + " heeft geen kandidaat "
                        + candidateId));
    }

    /**
     * Confirms the ranking as it stands as the viewer, a team member who gave no verdict or score; refused
     * with the reasons otherwise.
     */
    public Confirmation confirm(String vacancyId, Viewer viewer) {
        team.vacancy(vacancyId);
        team.requireMember(viewer, vacancyId);
        return transactions.inTransaction(() -> {
            SavedVacancy vacancy = team.vacancy(vacancyId);
            ScoringSettings settings = scoring.settings(vacancyId);
            List<CandidateScores> scores = candidates.scores(vacancyId);
            Evaluation evaluation = Evaluator.evaluate(vacancy.vacancy(), settings, scores);
            List<String> refusals = FourEyes.refusals(viewer.name(), evaluation, scores);
            if (!refusals.isEmpty()) {
                throw EvaluationRefused.cannotConfirm(refusals);
            }
            Instant now = clock.instant();
            var confirmation = new Confirmation(vacancyId, viewer.name(), now, ScoreFingerprint.of(settings, scores));
            reviews.confirm(confirmation);
            reviews.audit(new AuditLine(vacancyId, null, viewer.name(), now, "rangschikking bevestigd", null,
                    evaluation.ranking().size() + " gerangschikt, " + evaluation.excluded().size() + " uitgesloten"));
            return confirmation;
        });
    }
}
