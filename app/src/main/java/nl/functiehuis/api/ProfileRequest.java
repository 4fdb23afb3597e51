package nl.functiehuis.api;

import java.time.LocalDate;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.FunctionProfile;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create or update: the profile and the data of the new version. {@code basedOn} is
 * the version the client edited: absent or 0 for a new profile, required for an update (or given as
 * the header {@code If-Match: "N"}).
 */
record ProfileRequest(
        @Nullable Integer basedOn,
        @Nullable VersionStatus status,
        @Nullable LocalDate effectiveDate,
        @Nullable String note,
        @Nullable FunctionProfile profile) {

    /** The edit for the use case; the domain constructor refuses a missing profile or status, naming it. */
    ProfileEdit toEdit(int base) {
        return new ProfileEdit(profile, base, status, effectiveDate, note);
    }

    int baseForCreate() {
        if (basedOn != null && basedOn != 0) {
            throw new InvalidInput("basedOn", "moet 0 zijn of ontbreken bij een nieuw profiel;"
                    + " een bestaand profiel wijzigt u met PUT /api/profiles/{code}");
        }
        return 0;
    }

    int baseForUpdate(@Nullable String ifMatch) {
        Integer header = ifMatch == null ? null : IfMatch.version(ifMatch);
        if (basedOn == null && header == null) {
            throw new InvalidInput("basedOn", "is verplicht: het versienummer dat u bewerkte"
                    + " (of geef de kop If-Match: \"N\" mee)");
        }
        if (basedOn != null && header != null && !basedOn.equals(header)) {
            throw new InvalidInput("basedOn", "is " + basedOn + " maar de kop If-Match noemt versie " + header);
        }
        return basedOn != null ? basedOn : header;
    }

    /** The profile must be the one addressed: its code's slug equals the slug in the path. */
    void requireCode(String pathSlug) {
        if (profile != null && !profile.code().slug().equals(pathSlug)) {
            throw new InvalidInput("profile.code", "'" + profile.code() + "' hoort niet bij het adres"
                    + " /api/profiles/" + pathSlug + "; een code wijzigen kan niet, maak dan een nieuw profiel");
        }
    }
}
