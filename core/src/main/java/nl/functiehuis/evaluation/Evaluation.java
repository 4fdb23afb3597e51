package nl.functiehuis.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The ranking of a vacancy's candidates, best first, and those excluded, in the order they were offered. */
public record Evaluation(List<CandidateResult.Ranked> ranking, List<CandidateResult.Excluded> excluded,
        ScoringSettings settings, int pricePercent, int qualityPercent) {

    public Evaluation {
        ranking = List.copyOf(ranking);
        excluded = List.copyOf(excluded);
    }

    /** The best ranked, as many as the settings invite for the verification interview. */
    public List<CandidateResult.Ranked> invited() {
        return ranking.subList(0, Math.min(settings.invite(), ranking.size()));
    }

    /** Every result, ranked ones first. */
    public List<CandidateResult> all() {
        return Stream.concat(ranking.stream(), excluded.stream()).map(CandidateResult.class::cast).toList();
    }

    public Optional<CandidateResult> of(String candidateId) {
        return all().stream().filter(r -> r.candidate().id().equals(candidateId)).findFirst();
    }

    /** Why the ranking cannot be confirmed yet, in Dutch; empty when nothing blocks. */
    public List<String> blockers() {
        return ranking.stream().filter(r -> !r.open().isEmpty())
                .map(r -> r.candidate().name() + ": eis " + join(r.open()) + " onduidelijk of nog niet beoordeeld")
                .toList();
    }

    private static String join(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
