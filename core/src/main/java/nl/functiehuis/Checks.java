package nl.functiehuis;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Constructor checks shared by the domain records; messages are Dutch and name the field. */
public final class Checks {
    private Checks() {}

    /** A required text: trimmed, not blank. */
    public static String text(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "is verplicht");
        }
        return value.strip();
    }

    /** An optional text: trimmed, or null when blank. */
    public static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An immutable copy; null becomes empty. */
    public static <T> List<T> list(@Nullable List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidValue(field + "[" + i + "]", "mag niet leeg zijn");
            }
        }
        return List.copyOf(values);
    }

    /** An immutable copy of texts, each stripped and none blank. */
    public static List<String> texts(@Nullable List<String> values, String field) {
        List<String> copy = list(values, field);
        for (int i = 0; i < copy.size(); i++) {
            text(copy.get(i), field + "[" + i + "]");
        }
        return copy.stream().map(String::strip).toList();
    }

    public static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidValue(field, "is verplicht");
        }
        return Objects.requireNonNull(value);
    }

    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidValue(field, "moet tussen " + min + " en " + max + " liggen, maar is " + value);
        }
        return value;
    }
}
