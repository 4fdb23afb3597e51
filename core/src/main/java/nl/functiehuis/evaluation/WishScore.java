package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** The points one assessor gives a candidate for wens {@code wish} (from 1), with a comment. */
public record WishScore(int wish, String assessor, BigDecimal points, @Nullable String comment) {
    public WishScore {
        Checks.range(wish, 1, 1000, "wens");
        assessor = Checks.text(assessor, "beoordelaar");
        points = Amounts.amount(points, "punten");
        comment = Checks.optional(comment);
    }

    public String describe() {
        return Amounts.number(points) + (comment == null ? "" : " (" + comment + ")");
    }
}
