package nl.functiehuis.importer;

import java.time.LocalDate;
import nl.functiehuis.Checks;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.FunctionProfile;
import org.jspecify.annotations.Nullable;

/** A profile read from a document, with the status and effective date the document gives it. */
public record DraftProfile(FunctionProfile profile, VersionStatus status, @Nullable LocalDate effectiveDate) {
    public DraftProfile {
        Checks.required(profile, "profile");
        Checks.required(status, "status");
    }
}
