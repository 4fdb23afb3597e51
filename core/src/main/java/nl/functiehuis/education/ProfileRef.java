package nl.functiehuis.education;

import nl.functiehuis.Checks;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ProfileKind;
import org.jspecify.annotations.Nullable;

/** A profile as the education overviews name it: code, title, the subtitle of an enriched profile, kind. */
public record ProfileRef(ProfileCode code, String title, @Nullable String subtitle, ProfileKind kind) {
    public ProfileRef {
        Checks.required(code, "code");
        title = Checks.text(title, "title");
        subtitle = Checks.optional(subtitle);
        Checks.required(kind, "kind");
    }

    public static ProfileRef of(FunctionProfile profile) {
        String subtitle = profile instanceof EnrichedProfile e ? e.subtitle() : null;
        return new ProfileRef(profile.code(), profile.title(), subtitle, profile.kind());
    }

    /** "Medewerker Publiek I (Juridisch medewerker)", or the title alone. */
    public String name() {
        return subtitle == null ? title : title + " (" + subtitle + ")";
    }
}
