package nl.functiehuis.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The white-space handling the readers repeat on every block, without compiling a pattern per call:
 * each method gives exactly what the regular expression named in its comment gives.
 */
public final class Whitespace {
    private static final Pattern RUNS = Pattern.compile("\\s+");

    private Whitespace() {}

    /** {@code text.replaceAll("\\s+", " ")}; returns the text itself when nothing would change. */
    public static String collapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
                return RUNS.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** {@code text.split("\\s+")}. */
    public static String[] words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            out.add(text.substring(start, i));
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            start = i;
        }
        if (out.isEmpty()) {
            return new String[] {text};
        }
        out.add(text.substring(start));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(String[]::new);
    }

    /** {@code text.matches(".*[" + last + "]$")}: the text ends with one of these characters and has no line break. */
    public static boolean endsWithOneOf(String text, String last) {
        if (text.isEmpty() || last.indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Whether the character is in {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
