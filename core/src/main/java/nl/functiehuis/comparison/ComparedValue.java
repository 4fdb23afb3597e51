package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/** What one compared subject has on one line: its items (none when it has nothing there) and a hint. */
public record ComparedValue(List<String> items, @Nullable String hint) {
    public static final ComparedValue NONE = new ComparedValue(List.of(), null);

    public ComparedValue {
        items = Checks.texts(items, "items");
        hint = Checks.optional(hint);
    }

    public static ComparedValue of(@Nullable String text) {
        return text == null || text.isBlank() ? NONE : new ComparedValue(List.of(text), null);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The items on one line, "—" when there are none. */
    public String text() {
        return items.isEmpty() ? "—" : String.join("; ", items);
    }

    /** What counts when values are compared: the items, without case, kind of dash, spacing or a closing full stop. */
    List<String> key() {
        return items.stream().map(Names::key).map(k -> k.endsWith(".") ? k.substring(0, k.length() - 1) : k).toList();
    }
}
