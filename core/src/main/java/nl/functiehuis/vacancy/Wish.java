package nl.functiehuis.vacancy;

import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** A scored wish (wens) as written, with its topic, maximum points and scoring guide when known. */
public record Wish(String text, @Nullable String topic, @Nullable Integer maxPoints, @Nullable String scoringGuide) {
    public Wish {
        text = Checks.text(text, "text");
        topic = Checks.optional(topic);
        if (maxPoints != null) {
            Checks.range(maxPoints, 0, 1000, "maxPoints");
        }
        scoringGuide = Checks.optional(scoringGuide);
    }
}
