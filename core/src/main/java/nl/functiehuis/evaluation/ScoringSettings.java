package nl.functiehuis.evaluation;

import java.util.Comparator;
import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;

/**
 * How a vacancy's candidates are scored: the price method (with its bands for a points table), the maximum
 * points of a wish that names none, the maximum points per competency and assessor, and how many of the best
 * ranked are invited for the verification interview.
 */
public record ScoringSettings(PriceMethod priceMethod, List<PriceBand> bands, int defaultWishPoints,
        int competencyPoints, int invite) {

    public static final int DEFAULT_WISH_POINTS = 10;
    public static final int COMPETENCY_POINTS = 5;
    public static final int INVITE = 3;

    public ScoringSettings {
        Checks.required(priceMethod, "prijsmethode");
        bands = Checks.list(bands, "banden").stream().sorted(Comparator.comparing(PriceBand::upTo)).toList();
        Checks.range(defaultWishPoints, 1, 1000, "standaardpunten wens");
        Checks.range(competencyPoints, 1, 100, "punten per competentie");
        Checks.range(invite, 1, 100, "uitnodigen");
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).upTo().compareTo(bands.get(i - 1).upTo()) == 0) {
                throw new InvalidValue("banden[" + i + "]", "noemt hetzelfde tarief twee keer");
            }
            if (bands.get(i).points().compareTo(bands.get(i - 1).points()) > 0) {
                throw new InvalidValue("banden[" + i + "]", "een hoger tarief mag niet meer punten geven");
            }
        }
        if (priceMethod == PriceMethod.POINTS_TABLE && bands.isEmpty()) {
            throw new InvalidValue("banden", "een puntentabel heeft minstens één band nodig");
        }
    }

    /** Lowest offer, wishes without maximum worth 10, competencies 0..5, invite the best 3. */
    public static ScoringSettings standard() {
        return of(PriceMethod.LOWEST_OFFER);
    }

    public static ScoringSettings of(PriceMethod method) {
        return new ScoringSettings(method, List.of(), DEFAULT_WISH_POINTS, COMPETENCY_POINTS, INVITE);
    }
}
