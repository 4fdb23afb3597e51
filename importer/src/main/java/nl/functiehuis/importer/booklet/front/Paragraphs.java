package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;

/**
 * The prose paragraphs of a range of blocks, with a paragraph that a page break split ("… Daarnaast is" /
 * "het bij …") joined again, and the short unpunctuated lines that serve as subheadings recognised.
 */
final class Paragraphs {
    /** A paragraph's plain text and where it starts. */
    record Para(String text, Location at) {
        boolean isSubheading() {
            return text.split("\\s+").length <= 5 && !text.matches(".*[.:;,!?)]$");
        }
    }

    private Paragraphs() {}

    static List<Para> of(List<Block> blocks) {
        List<Para> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.isRow()) {
                continue;
            }
            String text = Texts.plain(b.text());
            if (text.isEmpty()) {
                continue;
            }
            Para last = out.isEmpty() ? null : out.getLast();
            if (last != null && !last.text().matches(".*[.:;!?]$") && Character.isLowerCase(text.charAt(0))) {
                out.set(out.size() - 1, new Para(last.text() + " " + text, last.at()));
            } else {
                out.add(new Para(text, b.at()));
            }
        }
        return out;
    }

    /** The paragraphs before the first subheading. */
    static List<Para> untilSubheading(List<Para> paras) {
        List<Para> out = new ArrayList<>();
        for (Para p : paras) {
            if (p.isSubheading()) {
                break;
            }
            out.add(p);
        }
        return out;
    }
}
