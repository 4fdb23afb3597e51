package nl.functiehuis.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the four-eyes step of a ranking stands. */
public sealed interface Review {

    /** Final: confirmed by a second assessor, and nothing changed since. */
    record Confirmed(Confirmation confirmation) implements Review {}

    /**
     * Not final. {@code stale} is the confirmation that a later change reopened, if any; {@code blockers}
     * say what must be settled before anyone can confirm (empty: a second assessor may confirm now).
     */
    record Open(@Nullable Confirmation stale, List<String> blockers) implements Review {
        public Open {
            blockers = List.copyOf(blockers);
        }
    }
}
