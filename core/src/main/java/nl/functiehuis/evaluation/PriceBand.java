package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import nl.functiehuis.InvalidValue;

/** A row of a points table: a rate up to {@code upTo} euro per hour earns {@code points} (0..100). */
public record PriceBand(BigDecimal upTo, BigDecimal points) {
    public PriceBand {
        upTo = Amounts.amount(upTo, "tot");
        points = Amounts.amount(points, "punten");
        if (points.compareTo(Amounts.HUNDRED) > 0) {
            throw new InvalidValue("punten", "moet tussen 0 en 100 liggen");
        }
    }
}
