package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stored text as the document wrote it, for the templates as {@code ${@prose.blocks(text)}}: each line a
 * paragraph, runs of bulleted lines ("-", "•", "·", "–", "*") a list, runs of numbered lines ("1.", "2)")
 * a numbered list. Plain text keeps its line breaks this way, where HTML would run them together.
 */
@Component("prose")
class Prose {
    private static final Pattern BULLET = Pattern.compile("^[-•·–*▪]\\s+(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+(.+)$");

    /** A paragraph ({@code p}), a bulleted list ({@code ul}) or a numbered list ({@code ol}, from {@code start}). */
    record Block(String kind, String text, List<String> items, int start) {
        static Block paragraph(String text) {
            return new Block("p", text, List.of(), 1);
        }
    }

    public List<Block> blocks(@Nullable String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        List<String> items = new ArrayList<>();
        String kind = "";
        int start = 1;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            String lineKind = line.isEmpty() ? "" : bullet.matches() ? "ul" : numbered.matches() ? "ol" : "p";
            if (!lineKind.equals(kind) || lineKind.equals("p")) {
                flush(blocks, kind, items, start);
                kind = lineKind;
                start = lineKind.equals("ol") ? Integer.parseInt(numbered.group(1)) : 1;
            }
            switch (lineKind) {
                case "ul" -> items.add(bullet.group(1));
                case "ol" -> items.add(numbered.group(2));
                case "p" -> items.add(line);
                default -> { }
            }
        }
        flush(blocks, kind, items, start);
        return blocks;
    }

    private static void flush(List<Block> blocks, String kind, List<String> items, int start) {
        if (items.isEmpty()) {
            return;
        }
        blocks.add(kind.equals("p") ? Block.paragraph(items.getFirst())
                : new Block(kind, "", List.copyOf(items), start));
        items.clear();
    }
}
