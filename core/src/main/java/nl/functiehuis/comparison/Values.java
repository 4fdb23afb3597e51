package nl.functiehuis.comparison;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Generic access to the records of the domain: their components, a readable text, a name for list items. */
final class Values {
    private static final List<String> NAMING_COMPONENTS =
            List.of("competency", "name", "title", "heading", "qualification", "letter", "level", "code");

    private Values() {}

    record Component(String name, @Nullable Object value) {}

    static List<Component> components(Record r) {
        List<Component> result = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            result.add(new Component(c.getName(), get(r, c)));
        }
        return result;
    }

    /** The name of a list item: its first naming component (competency, name, title …), if it has one. */
    static @Nullable String name(@Nullable Object item) {
        if (!(item instanceof Record r)) {
            return null;
        }
        List<Component> components = components(r);
        for (String preferred : NAMING_COMPONENTS) {
            for (Component c : components) {
                if (c.name().equals(preferred) && c.value() != null && !(c.value() instanceof List<?>)) {
                    return text(c.value());
                }
            }
        }
        return null;
    }

    /** A value as text: records as their filled components joined by " · ", lists joined by "; ". */
    static @Nullable String text(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b ? "ja" : "nee";
            case Enum<?> e -> label(e);
            case List<?> l -> l.stream().map(Values::text).filter(Objects::nonNull).collect(Collectors.joining("; "));
            case Record r -> components(r).stream().map(c -> text(c.value())).filter(t -> t != null && !t.isEmpty())
                    .collect(Collectors.joining(" · "));
            default -> value.toString();
        };
    }

    private static String label(Enum<?> e) {
        try {
            Method label = e.getDeclaringClass().getMethod("label");
            return label.getReturnType() == String.class ? (String) label.invoke(e) : e.name();
        } catch (ReflectiveOperationException | RuntimeException x) {
            return e.name();
        }
    }

    private static @Nullable Object get(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("kan " + c.getName() + " van " + r.getClass().getSimpleName() + " niet lezen", e);
        }
    }
}
