package nl.functiehuis.importer.booklet;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.MinimumEducation;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "Welke opleiding voldoet …": the first paragraph as written ("Minimaal MBO niveau 3, …"),
 * the level it names, and the "Idealiter …" part, inside that paragraph or in one of its own.
 */
final class EducationText {
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b(MBO|HBO|WO)\\b(?:[\\s-]{0,3}(?:niveau)?\\s{0,3}(\\d))?");
    private static final String IDEAL = "idealiter";

    private EducationText() {}

    static @Nullable MinimumEducation of(List<Written> education) {
        if (education.isEmpty()) {
            return null;
        }
        String text = education.get(0).text();
        String ideal = null;
        int inline = text.toLowerCase(Locale.ROOT).indexOf(IDEAL);
        if (inline > 0) {
            ideal = text.substring(inline);
        }
        for (Written w : education.subList(1, education.size())) {
            if (ideal == null && Spelling.same(w.text().split("\\s+")[0], IDEAL)) {
                ideal = w.text();
            }
        }
        return new MinimumEducation(text, level(text), ideal);
    }

    /** The first education level the text names, e.g. MBO 3; null when it names a track without a level. */
    static @Nullable EducationLevel level(String text) {
        Matcher m = LEVEL.matcher(text);
        if (!m.find() || m.group(2) == null) {
            return null;
        }
        try {
            return new EducationLevel(EducationLevel.Track.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(2)));
        } catch (InvalidValue e) {
            return null;
        }
    }
}
