package nl.functiehuis.api;

import nl.functiehuis.house.InvalidInput;

/** Reads the version number from an {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}. */
final class IfMatch {
    private IfMatch() {}

    static int version(String header) {
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (tag.matches("[1-9][0-9]{0,8}")) {
            return Integer.parseInt(tag);
        }
        throw new InvalidInput("If-Match", "verwacht een versienummer tussen aanhalingstekens, zoals \"3\";"
                + " gevonden: " + header);
    }
}
