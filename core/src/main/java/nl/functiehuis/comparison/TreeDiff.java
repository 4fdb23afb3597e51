package nl.functiehuis.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.functiehuis.comparison.Change.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Walks two values of the domain side by side and lists where they differ: records component by
 * component (a record of another kind is compared on the components both have), lists by aligning equal
 * items ({@link Alignment}), anything else as a changed value.
 */
final class TreeDiff {
    private final List<Change> changes = new ArrayList<>();

    List<Change> changes() {
        return List.copyOf(changes);
    }

    void compare(@Nullable Object before, @Nullable Object after, Where where) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            add(where, Kind.ADDED, null, after);
        } else if (after == null) {
            add(where, Kind.REMOVED, before, null);
        } else if (before instanceof Record a && after instanceof Record b) {
            records(a, b, where);
        } else if (before instanceof List<?> a && after instanceof List<?> b) {
            lists(a, b, where);
        } else {
            add(where, Kind.CHANGED, before, after);
        }
    }

    private void records(Record a, Record b, Where where) {
        if (a.getClass() != b.getClass()) {
            changes.add(new Change(where.field("kind").text(), where.field("kind").trail(), Kind.CHANGED,
                    a.getClass().getSimpleName(), b.getClass().getSimpleName()));
        }
        Map<String, Values.Component> after = new LinkedHashMap<>();
        Values.components(b).forEach(c -> after.put(c.name(), c));
        for (Values.Component c : Values.components(a)) {
            Values.Component other = after.remove(c.name());
            if (other == null) {
                compare(c.value(), null, where.field(c.name()));
            } else {
                compare(c.value(), other.value(), where.field(c.name()));
            }
        }
        after.values().forEach(c -> compare(null, c.value(), where.field(c.name())));
    }

    private void lists(List<?> a, List<?> b, Where where) {
        for (Alignment.Pair pair : Alignment.of(a, b)) {
            Object before = pair.before() == null ? null : a.get(pair.before());
            Object after = pair.after() == null ? null : b.get(pair.after());
            int index = pair.after() != null ? pair.after() : Objects.requireNonNull(pair.before());
            String name = Values.name(after != null ? after : before);
            compare(before, after, where.item(index, name != null ? name : "#" + (index + 1)));
        }
    }

    private void add(Where where, Kind kind, @Nullable Object before, @Nullable Object after) {
        changes.add(new Change(where.text(), where.trail(), kind, Values.text(before), Values.text(after)));
    }
}
