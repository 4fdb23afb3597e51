package nl.functiehuis.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.vacancy.SavedVacancy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of the domain, used for stored versions, export/load and the API. Output is
 * indented and deterministic; input is strict (unknown fields are refused, not dropped).
 */
public final class HouseJson {
    private final JsonMapper mapper;
    private final StoredValues stored = new StoredValues();

    public HouseJson() {
        this.mapper = configure(JsonMapper.builder()).build();
    }

    /** Applies the house settings to a builder (also used to configure Spring's own mapper). */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .addMixIn(FunctionProfile.class, FunctionProfileMixin.class)
                .addMixIn(HouseSnapshot.class, HouseSnapshotMixin.class)
                .addMixIn(SavedVacancy.class, SavedVacancyMixin.class)
                .addModule(new ProfileCodeModule())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL));
    }

    public JsonMapper mapper() {
        return mapper;
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    /**
     * Reads stored JSON of an immutable domain type, reusing the value when the same text was read before
     * (the last few thousand texts are kept).
     */
    public <T> T readStored(String json, Class<T> type, String source) {
        Object known = stored.get(type, json);
        if (known != null) {
            return type.cast(known);
        }
        T value = read(json, type, source);
        stored.put(type, json, value);
        return value;
    }

    /** Reads JSON as the given type; bad JSON becomes {@link InvalidInput} naming the field path under {@code source}. */
    public <T> T read(String json, Class<T> type, String source) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw JsonProblems.toInvalidInput(e, source);
        }
    }
}
