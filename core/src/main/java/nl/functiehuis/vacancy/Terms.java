package nl.functiehuis.vacancy;

import java.math.BigDecimal;
import java.time.YearMonth;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * What a hiring request offers and asks commercially: place, start, headcount, hours, duration with
 * extension options, scale (FSK), hourly tariff range, price/quality weights and verification week.
 * Texts are kept as written next to the values read from them.
 */
public record Terms(
        @Nullable String location,
        @Nullable String startText,
        @Nullable YearMonth expectedStart,
        @Nullable Integer headcount,
        @Nullable Integer hoursPerWeek,
        @Nullable Integer durationMonths,
        @Nullable Integer extensionCount,
        @Nullable Integer extensionMonths,
        @Nullable Integer scale,
        @Nullable BigDecimal tariffMin,
        @Nullable BigDecimal tariffMax,
        @Nullable Integer pricePercent,
        @Nullable Integer qualityPercent,
        @Nullable String verificationText,
        @Nullable Integer verificationWeek) {

    public Terms {
        location = Checks.optional(location);
        startText = Checks.optional(startText);
        verificationText = Checks.optional(verificationText);
        optionalRange(headcount, 1, 999, "headcount");
        optionalRange(hoursPerWeek, 1, 60, "hoursPerWeek");
        optionalRange(durationMonths, 1, 120, "durationMonths");
        optionalRange(extensionCount, 0, 20, "extensionCount");
        optionalRange(extensionMonths, 1, 120, "extensionMonths");
        optionalRange(pricePercent, 0, 100, "pricePercent");
        optionalRange(qualityPercent, 0, 100, "qualityPercent");
        notNegative(tariffMin, "tariffMin");
        notNegative(tariffMax, "tariffMax");
        if (tariffMin != null && tariffMax != null && tariffMin.compareTo(tariffMax) > 0) {
            throw new InvalidValue("tariffMin", "is hoger dan het maximumtarief");
        }
        if (pricePercent != null && qualityPercent != null && pricePercent + qualityPercent != 100) {
            throw new InvalidValue("pricePercent", "prijs en kwaliteit tellen samen niet op tot 100%");
        }
        if (verificationWeek != null) {
            Checks.range(verificationWeek, 1, 53, "verificationWeek");
        }
        if (scale != null) {
            Checks.range(scale, 1, 18, "scale");
        }
    }

    private static void optionalRange(@Nullable Integer value, int min, int max, String field) {
        if (value != null) {
            Checks.range(value, min, max, field);
        }
    }

    private static void notNegative(@Nullable BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new InvalidValue(field, "mag niet negatief zijn");
        }
    }

    public static Terms none() {
        return new Terms(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
