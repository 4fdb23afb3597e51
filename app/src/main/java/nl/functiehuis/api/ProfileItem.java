package nl.functiehuis.api;

import java.util.List;
import nl.functiehuis.application.ProfileSummary;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ProfileKind;
import org.jspecify.annotations.Nullable;

/** One profile in a list: its latest version in brief, with its addresses. */
record ProfileItem(
        String code, String slug, String title, ProfileKind kind, int version, VersionStatus status,
        @Nullable String groupCode, List<String> levelCodes, Links links) {

    static ProfileItem of(ProfileSummary s) {
        return new ProfileItem(s.code(), s.slug(), s.title(), s.kind(), s.version(), s.status(), s.groupCode(),
                s.levelCodes(), Links.profile(ProfileCode.of(s.code())));
    }
}
