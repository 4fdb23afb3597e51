package nl.functiehuis.validation;

import nl.functiehuis.Checks;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.ProfileCode;

/**
 * A behaviour level a booklet states for one of its functions outside the profile text: a cell of its
 * summary matrix, or a sentence of a group text. Kept at import so that the rules can hold the current
 * profiles against it. {@code document} is the booklet's title, {@code place} where it says so
 * ("tekst over functiegroep Educatie, regel 255"), {@code function} the function as the booklet names it.
 */
public record BookletStatement(String document, Origin origin, String place, ProfileCode profile, String function,
        String competency, LevelLetter level) {

    /** Where in the booklet the statement stands. */
    public enum Origin {
        MATRIX("competentiematrix"), TEXT("tekst");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BookletStatement {
        document = Checks.text(document, "document");
        Checks.required(origin, "origin");
        place = Checks.text(place, "place");
        Checks.required(profile, "profile");
        function = Checks.text(function, "function");
        competency = Checks.text(competency, "competency");
        Checks.required(level, "level");
    }
}
