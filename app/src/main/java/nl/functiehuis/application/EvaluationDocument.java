package nl.functiehuis.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.evaluation.CandidateResult;
import nl.functiehuis.evaluation.Review;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy's evaluation as JSON (GET /api/vacancies/{id}/evaluation, {@code evaluate --json}). For a viewer
 * outside the team, candidates are "Kandidaat N" and rates, reasons and explanations are left out.
 */
public record EvaluationDocument(String vacancyId, String title, String priceMethod, int pricePercent,
        int qualityPercent, int invite, boolean personal, boolean confirmed, @Nullable String confirmedBy,
        @Nullable Instant confirmedAt, boolean reopened, List<String> blockers, List<RankedItem> ranking,
        List<ExcludedItem> excluded) {

    /** A ranked candidate; {@code open} lists eisen still onduidelijk or not judged. */
    public record RankedItem(int rank, String candidateId, String label, @Nullable BigDecimal rate, BigDecimal quality,
            BigDecimal earned, BigDecimal possible, BigDecimal price, BigDecimal total, boolean invited,
            List<Integer> open, List<String> explanation) {}

    public record ExcludedItem(String candidateId, String label, List<String> reasons) {}

    public static EvaluationDocument of(EvaluationReport report) {
        var evaluation = report.evaluation();
        boolean personal = report.personal();
        List<RankedItem> ranking = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        if (evaluation.ranking().isEmpty()) {
            blockers.add("er is geen gerangschikte kandidaat");
        }
        for (CandidateResult.Ranked r : evaluation.ranking()) {
            String label = report.label(r.candidate());
            ranking.add(new RankedItem(r.rank(), r.candidate().id(), label, personal ? r.candidate().hourlyRate() : null,
                    r.quality().score(), r.quality().earned(), r.quality().possible(), r.price(), r.total(),
                    r.rank() <= evaluation.settings().invite(), r.open(), personal ? r.explanation() : List.of()));
            if (!r.open().isEmpty()) {
                blockers.add(label + ": eis " + String.join(", ", r.open().stream().map(String::valueOf).toList())
                        + " onduidelijk of nog niet beoordeeld");
            }
        }
        List<ExcludedItem> excluded = evaluation.excluded().stream().map(e -> new ExcludedItem(e.candidate().id(),
                report.label(e.candidate()), personal ? e.reasons() : List.of())).toList();
        var confirmation = switch (report.review()) {
            case Review.Confirmed c -> c.confirmation();
            case Review.Open o -> null;
        };
        boolean reopened = report.review() instanceof Review.Open o && o.stale() != null;
        var vacancy = report.vacancy();
        return new EvaluationDocument(vacancy.id(), vacancy.vacancy().title(),
                evaluation.settings().priceMethod().name(), evaluation.pricePercent(), evaluation.qualityPercent(),
                evaluation.settings().invite(), personal, confirmation != null,
                confirmation == null ? null : confirmation.assessor(), confirmation == null ? null : confirmation.at(),
                reopened, blockers, ranking, excluded);
    }
}
