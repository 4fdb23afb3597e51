package nl.functiehuis.importer.booklet;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.competency.LevelLetter;
import org.jspecify.annotations.Nullable;

/** A behaviour-level line of a competency, e.g. {@code Niveau C (handelen)}: the letter and the level's name. */
record LevelLine(LevelLetter letter, @Nullable String name) {
    private static final Pattern LINE = Pattern.compile("(?i)niveau\\s+([a-d])\\s*(?:\\(([^()]*)\\))?\\s*[.:]?");

    static Optional<LevelLine> parse(String text) {
        String t = text.strip();
        if (t.length() > 120) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
        return Optional.of(new LevelLine(LevelLetter.parse(m.group(1), "niveau"), name));
    }
}
