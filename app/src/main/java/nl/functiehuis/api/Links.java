package nl.functiehuis.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/** Addresses of a profile in the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Links(String self, @Nullable String versions) {

    static final String PROFILES = "/api/profiles/";

    static Links profile(ProfileCode code) {
        return new Links(PROFILES + code.slug(), PROFILES + code.slug() + "/versions");
    }

    static Links version(ProfileCode code, int number) {
        return new Links(PROFILES + code.slug() + "/versions/" + number, null);
    }
}
