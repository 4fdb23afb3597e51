package nl.functiehuis.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ProfileKind;

/** Writes a profile's kind as the "kind" property, so the core records need no annotations. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = NormFunction.class, name = "NORM"),
    @JsonSubTypes.Type(value = EnrichedProfile.class, name = "ENRICHED"),
    @JsonSubTypes.Type(value = OrganisationProfile.class, name = "ORGANISATION"),
    @JsonSubTypes.Type(value = LevelledFamily.class, name = "LEVELLED"),
    @JsonSubTypes.Type(value = GenericProfile.class, name = "GENERIC")
})
interface FunctionProfileMixin {
    @JsonIgnore
    ProfileKind kind();

    @JsonIgnore
    List<CompetencyRequirement> requirements();

    @JsonIgnore
    List<ProfileCode> aliases();
}
