package nl.functiehuis.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.evaluation.AuditLine;
import nl.functiehuis.evaluation.Candidate;
import nl.functiehuis.evaluation.CandidateScores;
import nl.functiehuis.evaluation.Candidates;
import nl.functiehuis.evaluation.CompetencyScore;
import nl.functiehuis.evaluation.QualityScore;
import nl.functiehuis.evaluation.RequirementVerdict;
import nl.functiehuis.evaluation.Reviews;
import nl.functiehuis.evaluation.Verdict;
import nl.functiehuis.evaluation.WishScore;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;

/**
 * A team member judges an eis or scores a wish or competency of a candidate, as assessor under their own
 * name. Each change is stored together with an audit line (who, when, what, old → new) or not at all.
 */
public final class ScoreCandidate {
    private final VacancyTeam team;
    private final Candidates candidates;
    private final Reviews reviews;
    private final Scoring scoring;
    private final Transactions transactions;
    private final Clock clock;

    public ScoreCandidate(VacancyTeam team, Candidates candidates, Reviews reviews, Scoring scoring,
            Transactions transactions, Clock clock) {
        this.team = team;
        this.candidates = candidates;
        this.reviews = reviews;
        this.scoring = scoring;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void verdict(String candidateId, int requirement, @Nullable Verdict verdict, @Nullable String reason,
            Viewer viewer) {
        Candidate c = member(candidateId, viewer);
        Vacancy vacancy = team.vacancy(c.vacancyId()).vacancy();
        number(requirement, vacancy.requirements().size(), "eis");
        var next = new RequirementVerdict(requirement, Checks.required(verdict, "oordeel"), reason, viewer.name());
        var old = current(c).verdicts().stream().filter(v -> v.requirement() == requirement).findFirst()
                .map(RequirementVerdict::describe);
        change(c, "eis " + requirement, old, next.describe(), viewer, at -> candidates.putVerdict(candidateId, next, at));
    }

    public void wish(String candidateId, int wish, @Nullable BigDecimal points, @Nullable String comment,
            Viewer viewer) {
        Candidate c = member(candidateId, viewer);
        Vacancy vacancy = team.vacancy(c.vacancyId()).vacancy();
        number(wish, vacancy.wishes().size(), "wens");
        int max = QualityScore.maxPoints(vacancy.wishes().get(wish - 1), scoring.settings(c.vacancyId()));
        var next = new WishScore(wish, viewer.name(), bounded(points, max), comment);
        var old = current(c).wishScores().stream().filter(s -> s.wish() == wish && s.assessor().equals(viewer.name()))
                .findFirst().map(WishScore::describe);
        change(c, "wens " + wish + " door " + viewer.name(), old, next.describe(), viewer,
                at -> candidates.putWishScore(candidateId, next, at));
    }

    public void competency(String candidateId, int competency, @Nullable BigDecimal points, @Nullable String comment,
            Viewer viewer) {
        Candidate c = member(candidateId, viewer);
        Vacancy vacancy = team.vacancy(c.vacancyId()).vacancy();
        number(competency, vacancy.competencies().size(), "competentie");
        int max = scoring.settings(c.vacancyId()).competencyPoints();
        var next = new CompetencyScore(competency, viewer.name(), bounded(points, max), comment);
        var old = current(c).competencyScores().stream()
                .filter(s -> s.competency() == competency && s.assessor().equals(viewer.name()))
                .findFirst().map(CompetencyScore::describe);
        String name = vacancy.competencies().get(competency - 1).name();
        change(c, "competentie " + name + " door " + viewer.name(), old, next.describe(), viewer,
                at -> candidates.putCompetencyScore(candidateId, next, at));
    }

    private Candidate member(String candidateId, Viewer viewer) {
        Candidate c = candidates.find(candidateId)
                .orElseThrow(() -> new EvaluationNotFound("geen kandidaat met id " + candidateId));
        team.requireMember(viewer, c.vacancyId());
        return c;
    }

    private CandidateScores current(Candidate c) {
        return candidates.scores(c.vacancyId()).stream().filter(s -> s.candidate().id().equals(c.id())).findFirst()
                .orElse(CandidateScores.unscored(c));
    }

    private void change(Candidate c, String what, Optional<String> old, String next, Viewer viewer,
            Consumer<Instant> write) {
        if (old.isPresent() && old.get().equals(next)) {
            return;
        }
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            write.accept(now);
            reviews.audit(new AuditLine(c.vacancyId(), c.id(), viewer.name(), now, what, old.orElse(null), next));
            return null;
        });
    }

    private static void number(int number, int count, String field) {
        if (number < 1 || number > count) {
            throw new InvalidValue(field, "de vacature heeft geen " + field + " " + number
                    + (count == 0 ? "" : " (1 tot en met " + count + ")"));
        }
    }

    private static BigDecimal bounded(@Nullable BigDecimal points, int max) {
        BigDecimal value = Checks.required(points, "punten");
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidValue("punten", "moet tussen 0 en " + max + " liggen, maar is "
                    + value.stripTrailingZeros().toPlainString());
        }
        return value;
    }
}
