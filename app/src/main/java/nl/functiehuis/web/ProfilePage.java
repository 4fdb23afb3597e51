package nl.functiehuis.web;

import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import org.jspecify.annotations.Nullable;

/**
 * A profile page: the version shown, the number of the newest version, where it sits in the house and its
 * sections; {@code level} is the function level whose code was asked for, when the profile is a family.
 * Public, like the other page views, because the SpEL compiler only compiles calls on public types.
 */
public record ProfilePage(ProfileVersion version, int latest, @Nullable GroupPath group, ProfileDetails details,
        @Nullable FunctionLevel level) {

    /** The series and group a profile belongs to, by code and name. */
    public record GroupPath(String seriesCode, String seriesName, String groupCode, String groupName) {}

    public FunctionProfile profile() {
        return version.profile();
    }

    public String slug() {
        return version.code().slug();
    }

    public boolean isLatest() {
        return version.number() == latest;
    }
}
