package nl.functiehuis.importer.hiring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.blocks.Whitespace;

/** The headed sections of a hiring request: a short line naming a section ("Eisen", "Wensen") starts it. */
final class HiringOutline {
    private static final int LONGEST_HEADING = 4;

    /** A section heading: which section, where, the block as written, and its spelling distance. */
    record Heading(HiringSection section, int index, Block block, int distance) {}

    private final SourceDocument document;
    private final Map<HiringSection, Heading> headings = new EnumMap<>(HiringSection.class);
    private final List<Integer> starts = new ArrayList<>();

    private HiringOutline(SourceDocument document) {
        this.document = document;
    }

    static HiringOutline of(SourceDocument document) {
        var outline = new HiringOutline(document);
        List<String> all = Arrays.stream(HiringSection.values()).flatMap(s -> s.headings().stream()).toList();
        for (int i = 0; i < document.size(); i++) {
            Block block = document.get(i);
            if (!isHeadingShaped(block)) {
                continue;
            }
            Optional<Spelling.Match> match = Spelling.closest(block.text().strip(), all);
            if (match.isPresent()) {
                HiringSection section = sectionOf(match.get().candidate());
                outline.starts.add(i);
                outline.headings.putIfAbsent(section, new Heading(section, i, block, match.get().distance()));
            }
        }
        return outline;
    }

    Optional<Heading> heading(HiringSection section) {
        return Optional.ofNullable(headings.get(section));
    }

    List<Heading> headings() {
        return headings.values().stream().sorted(java.util.Comparator.comparingInt(Heading::index)).toList();
    }

    /** The blocks after the section's heading up to the next heading. */
    List<Block> body(HiringSection section) {
        Heading heading = headings.get(section);
        return heading == null ? List.of() : document.range(heading.index() + 1, next(heading.index()));
    }

    /** The blocks from {@code from} up to the next heading. */
    List<Block> until(int from) {
        return document.range(from, next(from - 1));
    }

    private int next(int index) {
        return starts.stream().filter(s -> s > index).findFirst().orElse(document.size());
    }

    static boolean isHeadingShaped(Block block) {
        String text = block.text().strip();
        return !block.isRow() && !block.isBulleted() && !text.isEmpty() && !Whitespace.endsWithOneOf(text, ".:;,")
                && Whitespace.words(text).length <= LONGEST_HEADING;
    }

    private static HiringSection sectionOf(String heading) {
        return Arrays.stream(HiringSection.values()).filter(s -> s.headings().contains(heading)).findFirst().orElseThrow();
    }
}
