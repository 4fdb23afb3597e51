package nl.functiehuis.importer.booklet.front;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Whitespace;
import org.jspecify.annotations.Nullable;

/** Small text helpers for Dutch booklet prose: numbers in words, sentences, roman numerals, markup. */
final class Texts {
    /** A count written in digits or in Dutch words. */
    static final String NUMBER = "(\\d+|[eé]{2}n|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("een", 1), Map.entry("twee", 2),
            Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6),
            Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10),
            Map.entry("elf", 11), Map.entry("twaalf", 12));
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}(\"'*])");
    private static final Pattern ROMAN = Pattern.compile("\\b([IVX]{1,4})\\b");
    private static final Pattern RANGE = Pattern.compile(
            "\\b([IVX]{1,4})\\s*(?:tot en met|t/m|-|–)\\s*([IVX]{1,4})\\b");

    private Texts() {}

    /** The value of a count in digits or Dutch words, or null. */
    static @Nullable Integer number(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).strip();
        if (w.matches("\\d+")) {
            return Integer.valueOf(w);
        }
        return WORDS.get(w);
    }

    /** The text without markdown emphasis and surrounding space. */
    static String plain(String text) {
        return Whitespace.collapse(text.replace("**", "").replace("__", "")).strip();
    }

    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(plain(paragraph))) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The value of a roman numeral (I … XX), or 0 when the text is none. */
    static int roman(String text) {
        if (!text.matches("X{0,2}(IX|IV|V?I{0,3})") || text.isEmpty()) {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int v = digit(text.charAt(i));
            int next = i + 1 < text.length() ? digit(text.charAt(i + 1)) : 0;
            value += v < next ? -v : v;
        }
        return value;
    }

    private static int digit(char c) {
        return c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : 0;
    }

    static String toRoman(int value) {
        String[] tens = {"", "X", "XX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[Math.min(2, value / 10)] + ones[value % 10];
    }

    /** The roman numerals a text names, with ranges such as "I tot en met IV" spelled out, in order. */
    static List<Integer> romans(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher range = RANGE.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (range.find()) {
            rest.append(text, last, range.start());
            int from = roman(range.group(1));
            int to = roman(range.group(2));
            for (int v = Math.min(from, to); from > 0 && v <= Math.max(from, to); v++) {
                rest.append(' ').append(toRoman(v)).append(' ');
            }
            last = range.end();
        }
        rest.append(text.substring(last));
        Matcher m = ROMAN.matcher(rest);
        while (m.find()) {
            int v = roman(m.group(1));
            if (v > 0 && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** The trailing roman numeral of a function name ("Medewerker Publiek IV" → 4), or 0. */
    static int trailingRoman(String name) {
        String[] words = name.strip().split("\\s+");
        return roman(words[words.length - 1]);
    }

    static boolean isAllCaps(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
    }
}
