package nl.functiehuis.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The four-eyes rule: a ranking is final only after a user who gave none of its verdicts or scores confirms
 * it; open eisen (onduidelijk, not judged) block; a confirmation counts only while the scores' fingerprint is
 * the one it saw.
 */
public final class FourEyes {
    private FourEyes() {}

    public static Review review(Evaluation evaluation, String fingerprint, Optional<Confirmation> latest) {
        if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint) && evaluation.blockers().isEmpty()) {
            return new Review.Confirmed(latest.get());
        }
        return new Review.Open(latest.orElse(null), blockers(evaluation));
    }

    /** Why {@code user} may not confirm now, in Dutch; empty when the confirmation may go ahead. */
    public static List<String> refusals(String user, Evaluation evaluation, List<CandidateScores> scores) {
        List<String> refusals = new ArrayList<>();
        if (assessors(scores).contains(user)) {
            refusals.add("je hebt zelf oordelen of scores gegeven; een tweede beoordelaar moet bevestigen");
        }
        refusals.addAll(blockers(evaluation));
        return refusals;
    }

    /** Everyone who gave a verdict or a score. */
    public static Set<String> assessors(List<CandidateScores> scores) {
        Set<String> names = new LinkedHashSet<>();
        for (CandidateScores c : scores) {
            c.verdicts().forEach(v -> names.add(v.assessor()));
            c.wishScores().forEach(s -> names.add(s.assessor()));
            c.competencyScores().forEach(s -> names.add(s.assessor()));
        }
        return names;
    }

    private static List<String> blockers(Evaluation evaluation) {
        List<String> blockers = new ArrayList<>();
        if (evaluation.ranking().isEmpty()) {
            blockers.add("er is geen gerangschikte kandidaat");
        }
        blockers.addAll(evaluation.blockers());
        return blockers;
    }
}
