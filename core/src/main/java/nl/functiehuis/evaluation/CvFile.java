package nl.functiehuis.evaluation;

import java.time.Instant;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's CV as a file (the bytes are stored beside it): the name it was sent with, its media type, its
 * size in bytes, the text read from it (null when it has none), and who sent it when.
 */
public record CvFile(String candidateId, String name, String mediaType, long size, @Nullable String text,
        String addedBy, Instant addedAt) {

    public CvFile {
        candidateId = Checks.text(candidateId, "kandidaat");
        name = Checks.text(name, "bestandsnaam");
        mediaType = Checks.text(mediaType, "soort");
        if (size < 1) {
            throw new InvalidValue("cv-bestand", "is leeg");
        }
        text = Checks.optional(text);
        addedBy = Checks.text(addedBy, "wie");
        Checks.required(addedAt, "wanneer");
    }

    /** "naam.pdf (12 kB)". */
    public String describe() {
        return name + " (" + Sizes.describe(size) + ")";
    }
}
