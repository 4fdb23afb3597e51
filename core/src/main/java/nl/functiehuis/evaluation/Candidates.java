package nl.functiehuis.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage port for candidates and their verdicts and scores. */
public interface Candidates {

    void add(Candidate candidate, String addedBy, Instant at);

    /** A vacancy's candidates in the order they were added. */
    List<Candidate> ofVacancy(String vacancyId);

    Optional<Candidate> find(String candidateId);

    /** Every candidate of the vacancy with its verdicts and scores, in the order they were added. */
    List<CandidateScores> scores(String vacancyId);

    /** Stores the verdict on its eis, replacing an earlier one. */
    void putVerdict(String candidateId, RequirementVerdict verdict, Instant at);

    /** Stores the score of its assessor for its wish, replacing that assessor's earlier one. */
    void putWishScore(String candidateId, WishScore score, Instant at);

    /** Stores the score of its assessor for its competency, replacing that assessor's earlier one. */
    void putCompetencyScore(String candidateId, CompetencyScore score, Instant at);
}
