package nl.functiehuis.evaluation;

import java.util.List;
import nl.functiehuis.Checks;

/** A candidate with every verdict and score given so far. */
public record CandidateScores(Candidate candidate, List<RequirementVerdict> verdicts, List<WishScore> wishScores,
        List<CompetencyScore> competencyScores) {

    public CandidateScores {
        Checks.required(candidate, "kandidaat");
        verdicts = Checks.list(verdicts, "oordelen");
        wishScores = Checks.list(wishScores, "wensscores");
        competencyScores = Checks.list(competencyScores, "competentiescores");
    }

    public static CandidateScores unscored(Candidate candidate) {
        return new CandidateScores(candidate, List.of(), List.of(), List.of());
    }
}
