package nl.functiehuis.importer.booklet.front;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Code prefixes derived from profile codes: the dotted segments all codes share, short of a whole code. */
final class Codes {
    private Codes() {}

    static @Nullable String commonPrefix(List<String> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        String[] common = codes.getFirst().split("\\.");
        int length = common.length - 1;
        for (String code : codes) {
            String[] parts = code.split("\\.");
            int same = 0;
            while (same < Math.min(length, parts.length) && parts[same].equals(common[same])) {
                same++;
            }
            length = Math.min(length, same);
        }
        return length == 0 ? null : String.join(".", Arrays.copyOf(common, length));
    }

    /** A shorter prefix: {@code prefix} without its last segment, or null. */
    static @Nullable String parent(@Nullable String prefix) {
        if (prefix == null || !prefix.contains(".")) {
            return null;
        }
        return prefix.substring(0, prefix.lastIndexOf('.'));
    }
}
