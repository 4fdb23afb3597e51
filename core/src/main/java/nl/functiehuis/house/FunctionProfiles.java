package nl.functiehuis.house;

import java.util.List;
import java.util.Optional;

/** Storage port for profile versions. Versions are only ever appended, never changed. */
public interface FunctionProfiles {

    /** The latest version of the profile with this code, slug or level code. */
    Optional<ProfileVersion> latest(String codeOrSlug);

    Optional<ProfileVersion> version(String codeOrSlug, int number);

    /** All versions of one profile, oldest first. */
    List<ProfileVersion> history(String codeOrSlug);

    /** The latest version of every profile, ordered by code. */
    List<ProfileVersion> latestOfAll();

    /** Every version of every profile, ordered by code and number. */
    List<ProfileVersion> all();

    /**
     * Appends a version. Its number must be one more than the latest stored (1 for a new code);
     * otherwise {@link StaleEdit} is thrown and nothing is stored.
     */
    void append(ProfileVersion version);

    /** Which profile, if any, owns this code or slug, as its code or as one of its level codes. */
    Optional<String> ownerOf(String codeOrSlug);
}
