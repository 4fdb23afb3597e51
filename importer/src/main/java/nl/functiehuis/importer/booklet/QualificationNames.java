package nl.functiehuis.importer.booklet;

import java.util.Locale;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * How a booklet names one MBO qualification in different places: in full in the qualification table
 * ("Opleiding, kwalificatie Naam"), and above its role text or extra knowledge with or without the
 * education prefix ("Mbo …") and often by the qualification part only.
 */
final class QualificationNames {
    /** Words that precede the qualification proper inside a full name. */
    private static final String[] PART_MARKERS = {", kwalificatie ", ", uitstroom "};
    /** Education-type words a heading may start with. */
    private static final String[] PREFIXES = {"mbo", "hbo"};

    private QualificationNames() {}

    /** The name without a leading education prefix, whitespace normalised. */
    static String withoutPrefix(String written) {
        String t = written.strip().replaceAll("\\s+", " ");
        int space = t.indexOf(' ');
        if (space > 0) {
            String first = t.substring(0, space).toLowerCase(Locale.ROOT);
            for (String prefix : PREFIXES) {
                if (first.equals(prefix)) {
                    return t.substring(space + 1).strip();
                }
            }
        }
        return t;
    }

    /** The qualification proper: the part after "kwalificatie"/"uitstroom", or the whole name. */
    static String part(String name) {
        String t = withoutPrefix(name);
        String lower = t.toLowerCase(Locale.ROOT);
        for (String marker : PART_MARKERS) {
            int i = lower.indexOf(marker);
            if (i >= 0) {
                return t.substring(i + marker.length()).strip();
            }
        }
        return t;
    }

    /** Whether a written name stands for the qualification of a table row, allowing spelling slips. */
    static boolean matches(String written, String tableName) {
        String w = Spelling.fold(withoutPrefix(written));
        return close(w, Spelling.fold(withoutPrefix(tableName))) || close(w, Spelling.fold(part(tableName)))
                || close(Spelling.fold(part(written)), Spelling.fold(part(tableName)));
    }

    /** Whether a written name is literally the table's name or its qualification part (prefix aside). */
    static boolean writtenAlike(String written, String tableName) {
        String w = withoutPrefix(written);
        return w.equals(withoutPrefix(tableName)) || w.equals(part(tableName));
    }

    private static boolean close(String a, String b) {
        return !a.isEmpty() && !b.isEmpty()
                && Spelling.distance(a, b) <= Spelling.tolerance(Math.min(a.length(), b.length()));
    }
}
