package nl.functiehuis.search;

/** HTML escaping of text shown in results. */
final class Html {
    private static final char VALUE_SEPARATOR = '\u0000';

    private Html() {}

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        escape(out, text, 0, text.length());
        return out.toString();
    }

    /** Appends the characters from..to of the text, escaped; the highlighter's value separator becomes " · ". */
    static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case VALUE_SEPARATOR -> out.append(" · ");
                default -> out.append(c);
            }
        }
    }
}
