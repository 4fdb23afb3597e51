package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.Wish;

/**
 * Points earned over points possible: per wish and per competency the mean over its assessors (a part nobody
 * scored earns 0), quality = earned / possible × 100. {@code lines} account for every point.
 */
public record QualityScore(BigDecimal earned, BigDecimal possible, BigDecimal score, List<String> lines) {

    public QualityScore {
        lines = List.copyOf(lines);
    }

    public static QualityScore of(Vacancy vacancy, ScoringSettings settings, CandidateScores scores) {
        List<String> lines = new ArrayList<>();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        List<Wish> wishes = vacancy.wishes();
        for (int i = 0; i < wishes.size(); i++) {
            int number = i + 1;
            BigDecimal max = BigDecimal.valueOf(maxPoints(wishes.get(i), settings));
            var given = scores.wishScores().stream().filter(s -> s.wish() == number).toList();
            BigDecimal mean = mean(given.stream().map(WishScore::points).toList(), max);
            lines.add("Wens " + number + " (" + shorten(wishes.get(i).text()) + "): "
                    + part(mean, max, given, WishScore::assessor, WishScore::points));
            earned = earned.add(mean);
            possible = possible.add(max);
        }
        List<AskedCompetency> competencies = vacancy.competencies();
        BigDecimal compMax = BigDecimal.valueOf(settings.competencyPoints());
        for (int i = 0; i < competencies.size(); i++) {
            int number = i + 1;
            var given = scores.competencyScores().stream().filter(s -> s.competency() == number).toList();
            BigDecimal mean = mean(given.stream().map(CompetencyScore::points).toList(), compMax);
            lines.add("Competentie " + competencies.get(i).name() + ": "
                    + part(mean, compMax, given, CompetencyScore::assessor, CompetencyScore::points));
            earned = earned.add(mean);
            possible = possible.add(compMax);
        }
        BigDecimal score = possible.signum() == 0 ? Amounts.round(BigDecimal.ZERO)
                : Amounts.divide(earned.multiply(Amounts.HUNDRED), possible);
        lines.add(possible.signum() == 0 ? "Kwaliteit: de vacature heeft geen wensen of competenties, score 0,00"
                : "Kwaliteit: " + Amounts.number(earned) + " van " + Amounts.number(possible) + " punten × 100 / "
                        + Amounts.number(possible) + " = " + Amounts.number(score));
        return new QualityScore(Amounts.round(earned), Amounts.round(possible), score, lines);
    }

    /** A wish's maximum: its own, or the vacancy's default when the request names none. */
    public static int maxPoints(Wish wish, ScoringSettings settings) {
        return wish.maxPoints() != null ? wish.maxPoints() : settings.defaultWishPoints();
    }

    /** The mean of the points given, rounded, at most {@code max}; 0 when none were given. */
    static BigDecimal mean(List<BigDecimal> points, BigDecimal max) {
        if (points.isEmpty()) {
            return Amounts.round(BigDecimal.ZERO);
        }
        BigDecimal sum = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = Amounts.divide(sum, BigDecimal.valueOf(points.size()));
        return mean.min(Amounts.round(max));
    }

    private static <T> String part(BigDecimal mean, BigDecimal max, List<T> given, Function<T, String> assessor,
            Function<T, BigDecimal> points) {
        String of = Amounts.number(mean) + " van " + Amounts.number(max) + " punten";
        if (given.isEmpty()) {
            return of + " (nog niet gescoord)";
        }
        String each = given.stream().map(g -> assessor.apply(g) + " " + Amounts.number(points.apply(g)))
                .collect(Collectors.joining("; "));
        return of + (given.size() == 1 ? " (" + each + ")" : " (gemiddelde van " + each + ")");
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57).strip() + "…";
    }
}
