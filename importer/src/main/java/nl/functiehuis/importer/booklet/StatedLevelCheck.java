package nl.functiehuis.importer.booklet;

import java.util.List;
import nl.functiehuis.importer.booklet.front.StatedLevel;
import org.jspecify.annotations.Nullable;

/**
 * A behaviour level a group text states, checked against the profiles: the level each named function's
 * profile gives the competency, and whether they all agree with the text.
 */
public record StatedLevelCheck(StatedLevel stated, List<ProfileLevel> profileLevels, boolean agreesWithProfiles) {

    /** The level one function's profile gives; null when the profile or the competency is not found. */
    public record ProfileLevel(String function, @Nullable String profileCode, @Nullable String level) {}

    public StatedLevelCheck {
        profileLevels = List.copyOf(profileLevels);
    }
}
