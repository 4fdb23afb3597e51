package nl.functiehuis.evaluation;

import java.time.Instant;
import nl.functiehuis.Checks;

/** A second assessor's confirmation of a vacancy's ranking, bound to the scores' fingerprint it saw. */
public record Confirmation(String vacancyId, String assessor, Instant at, String fingerprint) {
    public Confirmation {
        vacancyId = Checks.text(vacancyId, "vacature");
        assessor = Checks.text(assessor, "beoordelaar");
        Checks.required(at, "tijdstip");
        fingerprint = Checks.text(fingerprint, "vingerafdruk");
    }
}
