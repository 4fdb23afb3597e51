package nl.functiehuis.evaluation;

import nl.functiehuis.Checks;

/** What the supplier shows for eis {@code requirement} (numbered from 1 as in the vacancy). */
public record Evidence(int requirement, String text) {
    public Evidence {
        Checks.range(requirement, 1, 1000, "eis");
        text = Checks.text(text, "bewijs");
    }
}
