package nl.functiehuis.importer.booklet;

import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of a profile text that starts at a recognised line: a label (with what followed it on the
 * line), a competency name, or the name of a qualification above its role text. {@code body} is what
 * follows up to the next such line.
 */
record Segment(Role role, BookletLabel.@Nullable Match match, Block head, List<Block> body) {

    /** What the head line is. */
    enum Role { LABEL, COMPETENCY, QUALIFICATION, LOOSE }

    Segment {
        body = List.copyOf(body);
    }

    boolean is(BookletLabel label) {
        return match != null && match.label() == label;
    }

    String rest() {
        return match == null ? "" : match.rest();
    }
}
