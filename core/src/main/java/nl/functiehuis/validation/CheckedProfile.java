package nl.functiehuis.validation;

import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ProfileKind;
import org.jspecify.annotations.Nullable;

/** A profile the validation looked at: its code, title, kind and group. */
public record CheckedProfile(ProfileCode code, String title, ProfileKind kind, @Nullable String groupCode) {
    static CheckedProfile of(FunctionProfile p) {
        return new CheckedProfile(p.code(), p.title(), p.kind(), p.groupCode());
    }
}
