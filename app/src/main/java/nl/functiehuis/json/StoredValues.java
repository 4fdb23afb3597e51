package nl.functiehuis.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values last read from stored JSON, by type and exact text: the domain records are immutable, so
 * an unchanged text read again (a profile page, a dictionary on every page) need not be parsed again.
 * Least recently used entries are dropped beyond {@link #LIMIT}.
 */
final class StoredValues {
    static final int LIMIT = 4096;

    private record Key(Class<?> type, String text) {}

    private final Map<Key, Object> values = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > LIMIT;
        }
    };

    synchronized @Nullable Object get(Class<?> type, String text) {
        return values.get(new Key(type, text));
    }

    synchronized void put(Class<?> type, String text, Object value) {
        values.put(new Key(type, text), value);
    }
}
