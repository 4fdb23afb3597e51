package nl.functiehuis.json;

import nl.functiehuis.InvalidValue;
import nl.functiehuis.profile.ProfileCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/** A profile code is written as its plain text. */
final class ProfileCodeModule extends SimpleModule {

    ProfileCodeModule() {
        super("profile-code");
        addSerializer(ProfileCode.class, new ValueSerializer<>() {
            @Override
            public void serialize(ProfileCode value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.value());
            }
        });
        addDeserializer(ProfileCode.class, new ValueDeserializer<>() {
            @Override
            public ProfileCode deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING && !p.currentToken().isScalarValue()) {
                    throw InvalidFormatException.from(p, "een functiecode is een tekst", p.getString(), ProfileCode.class);
                }
                String text = p.getString();
                try {
                    return new ProfileCode(text);
                } catch (InvalidValue e) {
                    throw InvalidFormatException.from(p, "functiecode " + e.problem(), text, ProfileCode.class);
                }
            }
        });
    }
}
