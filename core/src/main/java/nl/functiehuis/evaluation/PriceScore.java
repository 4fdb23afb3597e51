package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.vacancy.Terms;

/** A rate's price score (0..100) by the vacancy's method, with the sum written out. */
public record PriceScore(BigDecimal score, String line) {

    /**
     * @param lowest the lowest rate among the admitted candidates (used by {@link PriceMethod#LOWEST_OFFER})
     */
    public static PriceScore of(ScoringSettings settings, Terms terms, BigDecimal rate, BigDecimal lowest) {
        String head = "Prijs (" + settings.priceMethod().label() + "): ";
        return switch (settings.priceMethod()) {
            case LOWEST_OFFER -> {
                BigDecimal score = Amounts.divide(lowest.multiply(Amounts.HUNDRED), rate);
                yield new PriceScore(score, head + Amounts.euro(lowest) + " / " + Amounts.euro(rate) + " × 100 = "
                        + Amounts.number(score));
            }
            case LINEAR_RANGE -> linear(terms, rate, head);
            case POINTS_TABLE -> table(settings, rate, head);
        };
    }

    private static PriceScore linear(Terms terms, BigDecimal rate, String head) {
        BigDecimal min = terms.tariffMin();
        BigDecimal max = terms.tariffMax();
        if (min == null || max == null) {
            throw new InvalidValue("prijsmethode", "lineair over de tariefrange vraagt een minimum- en maximumtarief"
                    + " in de vacature");
        }
        if (max.compareTo(min) == 0) {
            return new PriceScore(Amounts.round(Amounts.HUNDRED), head + "de tariefrange is één bedrag, score 100,00");
        }
        BigDecimal clamped = rate.max(min).min(max);
        BigDecimal score = Amounts.divide(max.subtract(clamped).multiply(Amounts.HUNDRED), max.subtract(min));
        return new PriceScore(score, head + "(" + Amounts.euro(max) + " − " + Amounts.euro(clamped) + ") / ("
                + Amounts.euro(max) + " − " + Amounts.euro(min) + ") × 100 = " + Amounts.number(score));
    }

    private static PriceScore table(ScoringSettings settings, BigDecimal rate, String head) {
        for (PriceBand band : settings.bands()) {
            if (rate.compareTo(band.upTo()) <= 0) {
                BigDecimal score = Amounts.round(band.points());
                return new PriceScore(score, head + Amounts.euro(rate) + " valt in de band tot en met "
                        + Amounts.euro(band.upTo()) + " = " + Amounts.number(score));
            }
        }
        BigDecimal last = settings.bands().getLast().upTo();
        return new PriceScore(Amounts.round(BigDecimal.ZERO), head + Amounts.euro(rate) + " ligt boven de hoogste band ("
                + Amounts.euro(last) + ") = 0,00");
    }
}
