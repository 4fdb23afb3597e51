package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The points one assessor gives a candidate in the verification interview for competency
 * {@code competency} (from 1, in the vacancy's order), with a comment.
 */
public record CompetencyScore(int competency, String assessor, BigDecimal points, @Nullable String comment) {
    public CompetencyScore {
        Checks.range(competency, 1, 1000, "competentie");
        assessor = Checks.text(assessor, "beoordelaar");
        points = Amounts.amount(points, "punten");
        comment = Checks.optional(comment);
    }

    public String describe() {
        return Amounts.number(points) + (comment == null ? "" : " (" + comment + ")");
    }
}
