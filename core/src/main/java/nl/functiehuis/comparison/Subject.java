package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/**
 * What a matrix row or a comparison column is about: a profile, or one function level of a levelled
 * family (Klantadviseur A, B and C are three subjects of one profile).
 */
public record Subject(FunctionProfile profile, @Nullable FunctionLevel level) {

    public Subject {
        Checks.required(profile, "profile");
        if (profile instanceof LevelledFamily f) {
            if (level == null || !f.levels().contains(level)) {
                throw new InvalidValue("level", "kies een functieniveau van " + f.code());
            }
        } else if (level != null) {
            throw new InvalidValue("level", profile.code() + " heeft geen functieniveaus");
        }
    }

    /** The subjects of a profile: each function level of a family, else the profile itself. */
    public static List<Subject> of(FunctionProfile profile) {
        if (profile instanceof LevelledFamily f) {
            return f.levels().stream().map(l -> new Subject(f, l)).toList();
        }
        return List.of(new Subject(profile, null));
    }

    /**
     * The subjects a code denotes within its profile: the function level with that code (or slug), else
     * every subject of the profile.
     */
    public static List<Subject> named(FunctionProfile profile, String code) {
        if (profile instanceof LevelledFamily f) {
            String slug = ProfileCode.slugOf(code);
            for (FunctionLevel l : f.levels()) {
                if (l.code().slug().equals(slug)) {
                    return List.of(new Subject(f, l));
                }
            }
        }
        return of(profile);
    }

    /** The level's own code, else the profile's. */
    public ProfileCode code() {
        return level != null ? level.code() : profile.code();
    }

    /** The level's name, else the profile's title. */
    public String title() {
        return level != null ? level.name() : profile.title();
    }

    /** The salary scale, where the profile or level states one. */
    public @Nullable Integer scale() {
        if (level != null) {
            return level.scale();
        }
        return profile instanceof OrganisationProfile o ? o.scale() : null;
    }

    /** The letter of the function level, or null for a profile without levels. */
    public @Nullable String levelLetter() {
        return level == null ? null : level.letter();
    }
}
