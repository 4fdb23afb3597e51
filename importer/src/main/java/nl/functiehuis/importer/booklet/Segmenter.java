package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Block;

/**
 * Cuts a profile text into segments. Labels are found by {@link BookletLabel}; a competency starts at
 * the short name line just above its definition and its {@code Niveau X (…)} line, with or without a
 * "COMPETENTIES" heading; the line just above a "Rol en verantwoordelijkheden" heading names a qualification.
 */
final class Segmenter {
    /** How far above its level line a competency name may stand (name, definition split by a page break). */
    private static final int NAME_REACH = 4;
    private static final int MAX_NAME_WORDS = 6;

    private Segmenter() {}

    static List<Segment> split(List<Block> blocks) {
        int n = blocks.size();
        BookletLabel.Match[] labels = new BookletLabel.Match[n];
        boolean[] level = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = label(blocks.get(i)).orElse(null);
            level[i] = !blocks.get(i).isRow() && LevelLine.parse(blocks.get(i).text()).isPresent();
        }
        Segment.Role[] starts = new Segment.Role[n];
        int boundary = -1;
        for (int i = 0; i < n; i++) {
            if (labels[i] != null) {
                starts[i] = Segment.Role.LABEL;
                boundary = i;
            } else if (level[i]) {
                for (int k = i - 1; k > boundary && k >= i - NAME_REACH; k--) {
                    if (looksLikeName(blocks.get(k))) {
                        starts[k] = Segment.Role.COMPETENCY;
                        break;
                    }
                }
                boundary = i;
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            if (starts[i] == null && !level[i] && labels[i + 1] != null && labels[i + 1].label() == BookletLabel.ROLE) {
                starts[i] = Segment.Role.QUALIFICATION;
            }
        }
        return segments(blocks, labels, starts);
    }

    private static List<Segment> segments(List<Block> blocks, BookletLabel.Match[] labels, Segment.Role[] starts) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            int j = i + 1;
            while (j < blocks.size() && starts[j] == null) {
                j++;
            }
            Segment.Role role = starts[i] == null ? Segment.Role.LOOSE : starts[i];
            out.add(new Segment(role, labels[i], blocks.get(i), blocks.subList(i + 1, j)));
            i = j;
        }
        return out;
    }

    static Optional<BookletLabel.Match> label(Block block) {
        if (block.isRow()) {
            return BookletLabel.match(block.cell(0).text()).filter(m -> m.label() == BookletLabel.QUALIFICATIONS);
        }
        return block.isBulleted() ? Optional.empty() : BookletLabel.match(block.text());
    }

    static boolean looksLikeName(Block block) {
        if (block.isRow() || block.isBulleted()) {
            return false;
        }
        String t = block.text().strip();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || ".;:,?!".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        return t.split("\\s+").length <= MAX_NAME_WORDS && LevelLine.parse(t).isEmpty();
    }
}
