package nl.functiehuis.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ProfileKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes a snapshot in the export format, with the same settings as the app's {@code HouseJson} (which
 * lives in the app module the benchmarks do not depend on); {@code load} checks the result strictly.
 */
final class SnapshotJson {
    private SnapshotJson() {}

    static String write(HouseSnapshot snapshot) {
        SimpleModule codes = new SimpleModule("profile-code");
        codes.addSerializer(ProfileCode.class, new ValueSerializer<>() {
            @Override
            public void serialize(ProfileCode value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.value());
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .addMixIn(FunctionProfile.class, ProfileMixin.class)
                .addModule(codes)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        return mapper.writeValueAsString(snapshot);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = NormFunction.class, name = "NORM"),
        @JsonSubTypes.Type(value = EnrichedProfile.class, name = "ENRICHED"),
        @JsonSubTypes.Type(value = OrganisationProfile.class, name = "ORGANISATION"),
        @JsonSubTypes.Type(value = LevelledFamily.class, name = "LEVELLED"),
        @JsonSubTypes.Type(value = GenericProfile.class, name = "GENERIC")
    })
    interface ProfileMixin {
        @JsonIgnore
        ProfileKind kind();

        @JsonIgnore
        List<CompetencyRequirement> requirements();

        @JsonIgnore
        List<ProfileCode> aliases();
    }
}
