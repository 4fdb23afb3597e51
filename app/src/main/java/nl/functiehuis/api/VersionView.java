package nl.functiehuis.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.FunctionProfile;
import org.jspecify.annotations.Nullable;

/** One version of a profile: the version data and the whole profile. */
record VersionView(
        String code, String slug, int version, VersionStatus status, @Nullable LocalDate effectiveDate,
        String author, Instant savedAt, @Nullable String note, FunctionProfile profile, Links links) {

    static VersionView of(ProfileVersion v) {
        return new VersionView(v.code().value(), v.code().slug(), v.number(), v.status(), v.effectiveDate(),
                v.author(), v.savedAt(), v.note(), v.profile(), Links.profile(v.code()));
    }

    String etag() {
        return "\"" + version + "\"";
    }
}
