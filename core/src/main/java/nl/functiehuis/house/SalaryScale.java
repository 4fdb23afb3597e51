package nl.functiehuis.house;

import java.math.BigDecimal;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/** A salary scale (schaal, FSK) with its monthly range in euros when known. */
public record SalaryScale(int number, @Nullable BigDecimal minimum, @Nullable BigDecimal maximum) {
    public SalaryScale {
        Checks.range(number, 1, 18, "number");
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            throw new InvalidValue("minimum", "is hoger dan het maximum van schaal " + number);
        }
    }
}
