package nl.functiehuis.importer.levelled;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A row title with an optional number in front: "1. Aard", "2) Complexiteit", "Kennis". */
record Numbered(@Nullable Integer number, String title) {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(\\S.*)$");

    static Numbered of(String text) {
        Matcher m = NUMBERED.matcher(text.strip());
        return m.matches()
                ? new Numbered(Integer.valueOf(m.group(1)), m.group(2).strip())
                : new Numbered(null, text.strip());
    }
}
