package nl.functiehuis.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

/**
 * Documents {@link FunctionProfile} as its four kinds, chosen by the property "kind", and a profile
 * code as plain text, as the JSON mapper writes them.
 */
final class ProfileSchemas implements OpenApiCustomizer {
    private static final String REF = "#/components/schemas/";
    private static final Map<String, Class<? extends FunctionProfile>> KINDS = kinds();

    static {
        SpringDocUtils.getConfig().replaceWithSchema(ProfileCode.class,
                new StringSchema().example("N06.01.06/VP I").description("Functiecode"));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Map<String, String> mapping = new LinkedHashMap<>();
        Schema<Object> profile = new Schema<>();
        profile.description("Een functieprofiel; het veld kind bepaalt de soort (NORM, ENRICHED, ORGANISATION, LEVELLED)");
        KINDS.forEach((kind, type) -> {
            ModelConverters.getInstance().readAll(new AnnotatedType(type)).forEach(schemas::putIfAbsent);
            String name = type.getSimpleName();
            schemas.put(name, withKind(schemas.get(name), kind));
            mapping.put(kind, REF + name);
            profile.addOneOfItem(new Schema<>().$ref(REF + name));
        });
        profile.discriminator(new Discriminator().propertyName("kind").mapping(mapping));
        schemas.put(FunctionProfile.class.getSimpleName(), profile);
        schemas.remove(ProfileCode.class.getSimpleName());
        for (String holder : List.of("ProfileRequest", "VersionView")) {
            Schema<?> schema = schemas.get(holder);
            if (schema != null && schema.getProperties() != null) {
                schema.getProperties().put("profile", new Schema<>().$ref(REF + FunctionProfile.class.getSimpleName()));
            }
        }
    }

    /** The kind's own properties (without swagger's allOf to the interface), with "kind" first. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema withKind(Schema generated, String kind) {
        Schema own = generated.getAllOf() == null ? generated : ((List<Schema>) generated.getAllOf()).stream()
                .filter(s -> s.get$ref() == null).findFirst().orElse(new ObjectSchema());
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("kind", new StringSchema()._enum(List.of(kind)));
        if (own.getProperties() != null) {
            properties.putAll(own.getProperties());
        }
        return new ObjectSchema().properties(properties).required(List.of("kind"));
    }

    private static Map<String, Class<? extends FunctionProfile>> kinds() {
        Map<String, Class<? extends FunctionProfile>> kinds = new LinkedHashMap<>();
        kinds.put("NORM", NormFunction.class);
        kinds.put("ENRICHED", EnrichedProfile.class);
        kinds.put("ORGANISATION", OrganisationProfile.class);
        kinds.put("LEVELLED", LevelledFamily.class);
        kinds.put("GENERIC", GenericProfile.class);
        return kinds;
    }
}
