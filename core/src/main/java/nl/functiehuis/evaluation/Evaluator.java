package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;

/**
 * Scores and ranks a vacancy's candidates: admission first, then quality, price and the weighted total.
 * Ties on the total go to the higher quality, then the lower rate, then the name. A pure function.
 */
public final class Evaluator {

    static final Comparator<CandidateResult.Ranked> ORDER = Comparator
            .comparing(CandidateResult.Ranked::total, Comparator.reverseOrder())
            .thenComparing(r -> r.quality().score(), Comparator.reverseOrder())
            .thenComparing(r -> r.candidate().hourlyRate())
            .thenComparing(r -> r.candidate().name())
            .thenComparing(r -> r.candidate().id());

    private Evaluator() {}

    public static Evaluation evaluate(Vacancy vacancy, ScoringSettings settings, List<CandidateScores> candidates) {
        Terms terms = vacancy.terms();
        boolean weighed = terms.pricePercent() != null && terms.qualityPercent() != null;
        int pricePercent = weighed ? terms.pricePercent() : 0;
        int qualityPercent = weighed ? terms.qualityPercent() : 100;
        List<CandidateResult.Excluded> excluded = new ArrayList<>();
        List<Admitted> admitted = new ArrayList<>();
        for (CandidateScores scores : candidates) {
            Admission admission = Admission.of(vacancy, scores);
            if (admission.excluded()) {
                List<String> lines = admission.exclusions().stream().map(r -> "Uitgesloten: " + r).toList();
                excluded.add(new CandidateResult.Excluded(scores.candidate(), admission.exclusions(), lines));
            } else {
                admitted.add(new Admitted(scores, admission, QualityScore.of(vacancy, settings, scores)));
            }
        }
        BigDecimal lowest = admitted.stream().map(a -> a.scores().candidate().hourlyRate())
                .min(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
        List<CandidateResult.Ranked> ranked = new ArrayList<>();
        for (Admitted a : admitted) {
            PriceScore price = PriceScore.of(settings, terms, a.scores().candidate().hourlyRate(), lowest);
            BigDecimal total = Amounts.divide(BigDecimal.valueOf(pricePercent).multiply(price.score())
                    .add(BigDecimal.valueOf(qualityPercent).multiply(a.quality().score())), Amounts.HUNDRED);
            List<String> lines = new ArrayList<>(a.quality().lines());
            lines.add(price.line());
            lines.add(weighed ? "Totaal: " + pricePercent + "% × " + Amounts.number(price.score()) + " + "
                    + qualityPercent + "% × " + Amounts.number(a.quality().score()) + " = " + Amounts.number(total)
                    : "Totaal: de vacature noemt geen prijs/kwaliteit-verhouding, alleen kwaliteit telt = "
                            + Amounts.number(total));
            ranked.add(new CandidateResult.Ranked(a.scores().candidate(), 0, a.quality(), price.score(), total,
                    a.admission().open(), lines));
        }
        ranked.sort(ORDER);
        List<CandidateResult.Ranked> numbered = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            var r = ranked.get(i);
            numbered.add(new CandidateResult.Ranked(r.candidate(), i + 1, r.quality(), r.price(), r.total(), r.open(),
                    r.explanation()));
        }
        return new Evaluation(numbered, excluded, settings, pricePercent, qualityPercent);
    }

    private record Admitted(CandidateScores scores, Admission admission, QualityScore quality) {}
}
