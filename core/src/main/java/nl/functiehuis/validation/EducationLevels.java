package nl.functiehuis.validation;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NLQF levels from short texts as profiles write them: an NLQF level "4/6", or a level of thinking
 * "MBO 3/4", "MBO-4", "HBO-werk- en denkniveau". HBO counts as NLQF 6 and WO as 7 when no number is given.
 */
final class EducationLevels {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern TRACK = Pattern.compile("\\b(MBO|NLQF)[\\s-]*(?:NIVEAU\\s*)?(\\d)(?:\\s*[/-]\\s*(\\d))?\\b");
    private static final Pattern HBO = Pattern.compile("\\bHBO\\b");
    private static final Pattern WO = Pattern.compile("\\bWO\\b");

    private EducationLevels() {}

    /** The NLQF levels an NLQF text names, e.g. [4, 6] for "4/6"; an entry level ("instroom") is 0. */
    static List<Integer> nlqf(String asWritten) {
        if (asWritten.toLowerCase(Locale.ROOT).contains("instroom")) {
            return List.of(0);
        }
        return NUMBER.matcher(asWritten).results().map(r -> Integer.parseInt(r.group()))
                .filter(n -> n >= 0 && n <= 8).toList();
    }

    /** The lowest NLQF level a level-of-thinking text names, if it names one. */
    static OptionalInt lowest(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        Matcher m = TRACK.matcher(upper);
        if (m.find()) {
            int first = Integer.parseInt(m.group(2));
            return OptionalInt.of(m.group(3) == null ? first : Math.min(first, Integer.parseInt(m.group(3))));
        }
        if (HBO.matcher(upper).find()) {
            return OptionalInt.of(6);
        }
        return WO.matcher(upper).find() ? OptionalInt.of(7) : OptionalInt.empty();
    }
}
