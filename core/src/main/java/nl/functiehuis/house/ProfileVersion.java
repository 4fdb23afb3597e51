package nl.functiehuis.house;

import java.time.Instant;
import java.time.LocalDate;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/** One immutable, numbered version of a profile, with who saved it when and under which status. */
public record ProfileVersion(
        ProfileCode code,
        int number,
        VersionStatus status,
        @Nullable LocalDate effectiveDate,
        String author,
        Instant savedAt,
        @Nullable String note,
        FunctionProfile profile) {

    public ProfileVersion {
        Checks.required(code, "code");
        if (number < 1) {
            throw new InvalidValue("number", "moet 1 of hoger zijn");
        }
        Checks.required(status, "status");
        author = Checks.text(author, "author");
        Checks.required(savedAt, "savedAt");
        note = Checks.optional(note);
        Checks.required(profile, "profile");
        if (!profile.code().equals(code)) {
            throw new InvalidValue("profile.code", "wijkt af van de code van de versie: " + profile.code() + " ≠ " + code);
        }
    }
}
