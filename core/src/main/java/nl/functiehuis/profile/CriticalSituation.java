package nl.functiehuis.profile;

import nl.functiehuis.Checks;

/** A critical work situation (kritische werksituatie): a title and what makes it critical. */
public record CriticalSituation(String title, String description) {
    public CriticalSituation {
        title = Checks.text(title, "title");
        description = Checks.text(description, "description");
    }
}
