package nl.functiehuis.comparison;

import java.util.Locale;

/** How names are matched across profiles: case, dashes and runs of spaces do not count. */
final class Names {
    private Names() {}

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\u2010-\\u2015-]", "-").replaceAll("\\s+", " ");
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
