package nl.functiehuis.application;

import java.util.List;
import java.util.Map;
import nl.functiehuis.evaluation.AuditLine;
import nl.functiehuis.evaluation.Candidate;
import nl.functiehuis.evaluation.Evaluation;
import nl.functiehuis.evaluation.Review;
import nl.functiehuis.vacancy.SavedVacancy;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy's evaluation as a viewer may see it. With {@code personal} false, labels are "Kandidaat N", and
 * the audit log, team and explanations (which show rates) are left out by the interfaces. The team is in
 * {@link VacancyTeam#members} order: the author first, then the members as they were added.
 */
public record EvaluationReport(SavedVacancy vacancy, Evaluation evaluation, Review review, boolean personal,
        Map<String, Integer> numbers, List<AuditLine> audit, List<String> team) {

    public EvaluationReport {
        numbers = Map.copyOf(numbers);
        audit = personal ? List.copyOf(audit) : List.of();
        team = personal ? List.copyOf(team) : List.of();
    }

    public String label(Candidate candidate) {
        return personal ? candidate.name() : "Kandidaat " + numbers.getOrDefault(candidate.id(), 0);
    }

    /** The label of the candidate with this id, or "—" for none (a line about the whole vacancy). */
    public String labelOf(@Nullable String candidateId) {
        return candidateId == null ? "—" : evaluation.of(candidateId).map(r -> label(r.candidate())).orElse("—");
    }

    public boolean confirmed() {
        return review instanceof Review.Confirmed;
    }
}
