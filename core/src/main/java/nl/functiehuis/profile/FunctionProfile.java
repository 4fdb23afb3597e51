package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import org.jspecify.annotations.Nullable;

/**
 * A function profile: one of the four kinds of the reference documents, or a generic profile
 * of a layout that was not recognised. Version data (status,
 * effective date, author) lives in {@link nl.functiehuis.house.ProfileVersion}, not here.
 */
public sealed interface FunctionProfile permits NormFunction, EnrichedProfile, OrganisationProfile, LevelledFamily, GenericProfile {

    ProfileCode code();

    String title();

    /** Code of the function group this profile belongs to, if any. */
    @Nullable String groupCode();

    /** Id of the competency dictionary its requirements refer to, if any. */
    @Nullable String dictionary();

    ProfileKind kind();

    /** Every competency the profile asks for, in document order (for a levelled family: all levels). */
    List<CompetencyRequirement> requirements();

    /** Other codes under which this profile is found (the level codes of a levelled family). */
    default List<ProfileCode> aliases() {
        return List.of();
    }
}
