package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.functiehuis.InvalidValue;

/**
 * The one rounding rule of the evaluation and how amounts are written: every step (a mean, a score, a
 * total) ends at two decimals, half up; texts use a decimal comma.
 */
public final class Amounts {
    public static final int SCALE = 2;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {}

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** {@code numerator / denominator}, rounded by the rule. */
    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /** A number with two decimals and a decimal comma: {@code 83,33}. */
    public static String number(BigDecimal value) {
        return round(value).toPlainString().replace('.', ',');
    }

    /** A euro amount as people write it: {@code € 36} for whole euros, {@code € 35,50} otherwise. */
    public static String euro(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? "€ " + plain.toBigInteger() : "€ " + number(value);
    }

    /** Checks a non-negative amount with at most two decimals; returns it with exactly two. */
    static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            throw new InvalidValue(field, "is verplicht");
        }
        if (value.signum() < 0) {
            throw new InvalidValue(field, "mag niet negatief zijn");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValue(field, "heeft meer dan twee decimalen");
        }
        return value.setScale(SCALE);
    }
}
