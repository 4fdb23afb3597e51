package nl.functiehuis.importer.booklet;

import java.util.Locale;

/**
 * Turns a heading written in capitals into a display title ("MEDEWERKER PUBLIEK I" → "Medewerker
 * Publiek I"), keeping roman numerals and acronyms (words without vowels, such as "KCC"). Text
 * that already has lower-case letters is left as written. The facts keep the heading as written.
 */
final class DisplayCase {
    private DisplayCase() {}

    static String title(String text) {
        return recase(text, true);
    }

    /** Only the first word capitalised: "(JURIDISCH MEDEWERKER)" content → "Juridisch medewerker". */
    static String sentence(String text) {
        return recase(text, false);
    }

    private static String recase(String text, boolean everyWord) {
        String t = text.strip();
        if (t.codePoints().anyMatch(Character::isLowerCase)) {
            return t;
        }
        String[] words = t.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean keep = w.matches("[IVXL]+") || !w.matches(".*[AEIOUYÁÉÍÓÚÄËÏÖÜ].*");
            String lower = w.toLowerCase(Locale.ROOT);
            String cased = keep ? w : (everyWord || i == 0) && !lower.isEmpty()
                    ? lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1) : lower;
            out.append(i == 0 ? "" : " ").append(cased);
        }
        return out.toString();
    }
}
