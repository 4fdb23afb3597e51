package nl.functiehuis.application;

import nl.functiehuis.evaluation.Candidate;
import org.jspecify.annotations.Nullable;

/**
 * A candidate as a viewer may see it: its number within the vacancy and a label, which is the name for the
 * team and "Kandidaat N" for everyone else; {@code personal} (name, supplier, rate, CV, evidence) only for
 * the team.
 */
public record CandidateRow(String id, int number, String label, @Nullable Candidate personal) {

    static CandidateRow of(Candidate candidate, int number, boolean personal) {
        return new CandidateRow(candidate.id(), number, personal ? candidate.name() : "Kandidaat " + number,
                personal ? candidate : null);
    }
}
