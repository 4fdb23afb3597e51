package nl.functiehuis.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds readable plain text: a title, labelled fields, headed sections and wrapped list items. */
final class TextSheet {
    private static final int WIDTH = 100;

    private final StringBuilder text = new StringBuilder();

    void title(String title) {
        text.append(title).append('\n').append("=".repeat(title.length())).append('\n');
    }

    void line(String line) {
        wrap("", "", line);
    }

    void field(String label, @Nullable Object value) {
        if (value != null) {
            wrap(label + ": ", " ".repeat(label.length() + 2), value.toString());
        }
    }

    void heading(String heading) {
        text.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
    }

    void paragraph(String heading, @Nullable String paragraph) {
        if (paragraph != null) {
            heading(heading);
            wrap("", "", paragraph);
        }
    }

    void list(String heading, List<String> items) {
        if (!items.isEmpty()) {
            heading(heading);
            items.forEach(this::item);
        }
    }

    void item(String item) {
        wrap("- ", "  ", item);
    }

    void subitem(String item) {
        wrap("    · ", "      ", item);
    }

    void indented(String line) {
        wrap("  ", "  ", line);
    }

    private void wrap(String first, String rest, String paragraph) {
        String prefix = first;
        var line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            if (!line.isEmpty() && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
                text.append(prefix).append(line).append('\n');
                prefix = rest;
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        text.append(prefix).append(line).append('\n');
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
