package nl.functiehuis.house;

import java.time.LocalDate;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.profile.FunctionProfile;
import org.jspecify.annotations.Nullable;

/**
 * A request to save a profile as a new version. {@code basedOn} is the version number the editor
 * started from, 0 for a new profile; a save whose base is no longer the latest is refused.
 */
public record ProfileEdit(
        FunctionProfile profile, int basedOn, VersionStatus status, @Nullable LocalDate effectiveDate, @Nullable String note) {
    public ProfileEdit {
        Checks.required(profile, "profile");
        if (basedOn < 0) {
            throw new InvalidValue("basedOn", "kan niet negatief zijn");
        }
        Checks.required(status, "status");
        note = Checks.optional(note);
    }
}
