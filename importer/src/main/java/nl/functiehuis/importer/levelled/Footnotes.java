package nl.functiehuis.importer.levelled;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import org.jspecify.annotations.Nullable;

/**
 * Footnotes as a text export shows them: superscript digits after a heading or word ("Factoren²"), and
 * footnote paragraphs that start with the same marker ("² Een niveau …"), wherever the page put them.
 */
final class Footnotes {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String MARKER = "[" + SUPERSCRIPTS + "]+";
    private static final Pattern PARAGRAPH = Pattern.compile("^(" + MARKER + ")\\s+(\\S.*)$");
    private static final Pattern TRAILING = Pattern.compile("^(.*?\\S)\\s*(" + MARKER + ")$");

    private Footnotes() {}

    /** The footnote a paragraph holds, if it is one. */
    static Optional<Footnote> of(Block block) {
        if (block.isRow()) {
            return Optional.empty();
        }
        Matcher m = PARAGRAPH.matcher(block.text().strip());
        return m.matches()
                ? Optional.of(new Footnote(value(m.group(1)), m.group(1), m.group(2).strip(), block.at()))
                : Optional.empty();
    }

    static boolean isFootnote(Block block) {
        return of(block).isPresent();
    }

    /** "Factoren²" → ("Factoren", "²"); a text without a trailing marker keeps a null marker. */
    static Marked split(String text) {
        Matcher m = TRAILING.matcher(text.strip());
        return m.matches() ? new Marked(m.group(1), m.group(2)) : new Marked(text.strip(), null);
    }

    static String withoutMarkers(String text) {
        return text.replaceAll(MARKER, "");
    }

    static int value(String marker) {
        int value = 0;
        for (char c : marker.toCharArray()) {
            value = value * 10 + SUPERSCRIPTS.indexOf(c);
        }
        return value;
    }

    /** A text with the footnote marker that followed it, if any. */
    record Marked(String text, @Nullable String marker) {}
}
