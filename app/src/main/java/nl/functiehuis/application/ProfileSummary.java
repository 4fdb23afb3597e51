package nl.functiehuis.application;

import java.util.List;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.ProfileKind;
import org.jspecify.annotations.Nullable;

/**
 * One line of a profile list: code, title, kind and where its latest version stands; an enriched profile's
 * subtitle tells it apart from its base, which has the same title.
 */
public record ProfileSummary(
        String code, String slug, String title, ProfileKind kind, int version, VersionStatus status,
        @Nullable String groupCode, List<String> levelCodes, @Nullable String subtitle) {

    static ProfileSummary of(ProfileVersion v) {
        List<String> levels = v.profile() instanceof LevelledFamily f
                ? f.levels().stream().map(FunctionLevel::code).map(Object::toString).toList()
                : List.of();
        return new ProfileSummary(v.code().value(), v.code().slug(), v.profile().title(), v.profile().kind(),
                v.number(), v.status(), v.profile().groupCode(), levels,
                v.profile() instanceof EnrichedProfile e ? e.subtitle() : null);
    }
}
