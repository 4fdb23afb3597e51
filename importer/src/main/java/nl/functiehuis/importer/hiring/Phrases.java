package nl.functiehuis.importer.hiring;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Dutch requirement or wish is about, read from its wording: the object after the last "met" (or
 * "bij", "van", "in"), without articles and nominalised verbs ("het verwerken van mutaties in X" gives
 * "mutaties in X"); a system named in it (a capitalised name after "in"/"met", or an acronym with its expansion).
 */
final class Phrases {
    private static final String[] PREPOSITIONS = {" met ", " bij ", " van ", " in "};
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}])(\\p{Lu}{2,}[\\p{Lu}\\d]*)(?:\\s*\\(([^)]+)\\))?");
    private static final Pattern PROPER_NAME = Pattern.compile("(?:\\bin|\\bmet|\\bvan)\\s+(\\p{Lu}[\\p{Ll}][\\p{L}\\d]+)");

    private Phrases() {}

    /** A system and, when written with it in brackets, its expansion: "RDD" and "Rotterdams Digitaal Dossier". */
    record SystemName(String name, String expansion) {}

    static String object(String text) {
        String t = clean(text);
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        for (String preposition : PREPOSITIONS) {
            int at = lower.lastIndexOf(preposition);
            if (at >= 0) {
                t = t.substring(at + preposition.length());
                break;
            }
        }
        return t.replaceFirst("^(?:en|of)\\s+\\p{L}+\\s+van\\s+", "")
                .replaceFirst("^(?:de|het|een)\\s+", "")
                .replaceFirst("^\\p{L}+en\\s+van\\s+(?:de\\s+|het\\s+)?", "")
                .strip();
    }

    static Optional<SystemName> system(String text) {
        String object = object(text);
        Matcher acronym = ACRONYM.matcher(object);
        if (acronym.find()) {
            String expansion = acronym.group(2);
            boolean expands = expansion != null && initials(expansion).equalsIgnoreCase(acronym.group(1));
            return Optional.of(new SystemName(acronym.group(1), expands ? expansion.strip() : ""));
        }
        Matcher name = PROPER_NAME.matcher(" " + object);
        return name.find() ? Optional.of(new SystemName(name.group(1), "")) : Optional.empty();
    }

    /** The item as written, without word-processor artefacts such as "[bookmark: _GoBack]". */
    static String asWritten(String text) {
        return text.replaceAll("\\[bookmark:[^\\]]*\\]", "").strip();
    }

    /** The item without artefacts and closing list punctuation. */
    static String clean(String text) {
        return asWritten(text).replaceFirst("[;.,]+$", "").strip();
    }

    private static String initials(String words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString();
    }
}
