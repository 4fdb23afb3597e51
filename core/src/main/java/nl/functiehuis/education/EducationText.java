package nl.functiehuis.education;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.EducationLevel.Track;
import org.jspecify.annotations.Nullable;

/**
 * Reads an education level from free text such as a werk- en denkniveau: "MBO-4", "mbo niveau 3", "NLQF 5",
 * "HBO" (read as a bachelor, NLQF 6) or "WO" (read as a master, NLQF 7, the usual meaning of an academic
 * working level). Text that names no level gives nothing rather than a guess.
 */
public final class EducationText {
    private static final Pattern NUMBERED = Pattern.compile("\\b(mbo|nlqf)\\s*[- ]?\\s*(?:niveau\\s*)?([0-8])\\b");
    private static final Pattern HBO = Pattern.compile("\\bhbo\\b");
    private static final Pattern WO = Pattern.compile("\\b(wo|universitair|academisch)\\b");

    private EducationText() {}

    public static Optional<EducationLevel> level(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        Matcher m = NUMBERED.matcher(t);
        if (m.find()) {
            int n = Integer.parseInt(m.group(2));
            if (m.group(1).equals("nlqf")) {
                return Optional.of(new EducationLevel(Track.NLQF, n));
            }
            return n >= 1 && n <= 4 ? Optional.of(EducationLevel.mbo(n)) : Optional.empty();
        }
        if (HBO.matcher(t).find()) {
            return Optional.of(new EducationLevel(Track.HBO, 6));
        }
        if (WO.matcher(t).find()) {
            return Optional.of(new EducationLevel(Track.WO, 7));
        }
        return Optional.empty();
    }
}
