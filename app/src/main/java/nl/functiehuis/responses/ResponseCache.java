package nl.functiehuis.responses;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finished responses by request (path and query), least recently used first out, bounded by count and by
 * bytes. Every change to the house must {@link #clear()} it. A response is only stored when no clear came
 * between the moment its rendering started ({@link #generation()}) and the store, so a page rendered from
 * data that changed meanwhile is never kept.
 */
public final class ResponseCache {
    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, CachedResponse> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long generation;

    /** A cache of at most {@code maxEntries} responses of together at most {@code maxBytes}; 0 entries: off. */
    public ResponseCache(int maxEntries, long maxBytes) {
        if (maxEntries < 0 || maxBytes < 0) {
            throw new IllegalArgumentException("grenzen van de antwoordcache mogen niet negatief zijn");
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    public boolean enabled() {
        return maxEntries > 0 && maxBytes > 0;
    }

    synchronized Optional<CachedResponse> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The current generation; hand it to {@link #put} for what is rendered from now on. */
    synchronized long generation() {
        return generation;
    }

    /** Keeps a response rendered since {@code startedAt}, unless the house changed meanwhile or it is too large. */
    synchronized void put(String key, long startedAt, CachedResponse response) {
        long size = response.size();
        if (startedAt != generation || !enabled() || size > maxBytes / 4) {
            return;
        }
        CachedResponse old = entries.put(key, response);
        bytes += size - (old == null ? 0 : old.size());
        var eldest = entries.entrySet().iterator();
        while (entries.size() > maxEntries || bytes > maxBytes) {
            Map.Entry<String, CachedResponse> e = eldest.next();
            bytes -= e.getValue().size();
            eldest.remove();
        }
    }

    /** Forgets every response; responses being rendered now are not kept either. */
    public synchronized void clear() {
        entries.clear();
        bytes = 0;
        generation++;
    }

    /** How many responses are kept now. */
    public synchronized int size() {
        return entries.size();
    }

    /** Roughly how many bytes the kept responses take. */
    public synchronized long bytes() {
        return bytes;
    }
}
