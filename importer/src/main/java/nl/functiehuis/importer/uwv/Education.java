package nl.functiehuis.importer.uwv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What the professional competencies say about education: the diploma asked ("MBO-4") and the minimum level ("MBO"). */
final class Education {
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b(?:mbo|hbo|wo)(?:[- ]?(?:niveau\\s*)?\\d)?\\b");
    private static final Pattern MINIMUM = Pattern.compile("(?i)minimaal op (\\S+) niveau");
    private static final String DIPLOMA = "opleiding";

    private Education() {}

    static @Nullable String required(@Nullable ItemList professional) {
        if (professional == null) {
            return null;
        }
        for (String item : professional.texts()) {
            Matcher m = LEVEL.matcher(item);
            if (item.toLowerCase(java.util.Locale.ROOT).contains(DIPLOMA) && m.find()) {
                return m.group();
            }
        }
        return null;
    }

    static @Nullable String minimum(@Nullable ItemList professional) {
        if (professional == null) {
            return null;
        }
        for (String item : professional.texts()) {
            Matcher m = MINIMUM.matcher(item);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
