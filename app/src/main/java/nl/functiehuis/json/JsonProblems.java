package nl.functiehuis.json;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's English exceptions into one Dutch problem that names the field path (and line). */
public final class JsonProblems {
    private JsonProblems() {}

    public static InvalidInput toInvalidInput(JacksonException e, String source) {
        String path = path(e);
        String where = source + (path.isEmpty() ? "" : " " + path);
        String field = path.isEmpty() ? source : path;
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidValue iv) {
            field = path.isEmpty() ? iv.field() : join(path, iv.field());
        }
        return new InvalidInput(field, message(e, where));
    }

    static String path(JacksonException e) {
        var out = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            }
        }
        return out.toString();
    }

    private static String message(JacksonException e, String where) {
        String line = line(e);
        return switch (e) {
            case ValueInstantiationException v when v.getCause() instanceof InvalidValue iv ->
                    "veld '" + join(where, iv.field()) + "' " + iv.problem() + line;
            case ValueInstantiationException v -> "ongeldige waarde bij " + where + line
                    + (v.getCause() != null ? ": " + v.getCause().getMessage() : "");
            case UnrecognizedPropertyException u -> "onbekend veld '" + u.getPropertyName() + "' bij " + where + line;
            case InvalidTypeIdException t -> "onbekend soort profiel bij " + where + line
                    + " (toegestaan: NORM, ENRICHED, ORGANISATION, LEVELLED, GENERIC)";
            case InvalidFormatException f -> "ongeldige waarde '" + f.getValue() + "' bij " + where + line
                    + allowed(f.getTargetType());
            case MismatchedInputException m -> "verkeerd soort waarde bij " + where + line;
            case StreamReadException r -> "geen geldige JSON" + line + ": " + parserMessage(r);
            default -> "ongeldige invoer bij " + where + line + ": " + e.getOriginalMessage();
        };
    }

    /** Jackson's own words, without the source and location it appends (the line is given in Dutch). */
    private static String parserMessage(StreamReadException e) {
        return e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*", "").replaceAll("\\s*at \\[Source:.*", "");
    }

    private static String join(String where, String field) {
        return field.startsWith("[") ? where + field : where + "." + field;
    }

    private static String line(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? "" : " (regel " + location.getLineNr() + ")";
    }

    private static String allowed(Class<?> type) {
        if (type != null && type.isEnum()) {
            return " (toegestaan: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ")";
        }
        return "";
    }
}
