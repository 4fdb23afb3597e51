package nl.functiehuis.web;

import java.math.BigDecimal;
import nl.functiehuis.evaluation.Amounts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Amounts and scores for the templates, as {@code ${@money.euro(...)}}, written as the evaluation writes them. */
@Component("money")
public class Money {

    public String euro(@Nullable BigDecimal amount) {
        return amount == null ? "—" : Amounts.euro(amount);
    }

    public String number(@Nullable BigDecimal value) {
        return value == null ? "—" : Amounts.number(value);
    }
}
