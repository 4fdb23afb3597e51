package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** Where a candidate ends: ranked with its scores, or excluded with the reasons. */
public sealed interface CandidateResult {

    Candidate candidate();

    /** Dutch lines that account for every point, or every reason. */
    List<String> explanation();

    /**
     * A candidate in the ranking. {@code open} lists the eisen still onduidelijk or not judged: the ranking
     * cannot be confirmed while any remain.
     */
    record Ranked(Candidate candidate, int rank, QualityScore quality, BigDecimal price, BigDecimal total,
            List<Integer> open, List<String> explanation) implements CandidateResult {
        public Ranked {
            open = List.copyOf(open);
            explanation = List.copyOf(explanation);
        }
    }

    /** A candidate that takes no part, never ranked. */
    record Excluded(Candidate candidate, List<String> reasons, List<String> explanation) implements CandidateResult {
        public Excluded {
            reasons = List.copyOf(reasons);
            explanation = List.copyOf(explanation);
        }
    }
}
