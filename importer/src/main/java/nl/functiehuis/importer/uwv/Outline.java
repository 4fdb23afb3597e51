package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.blocks.Whitespace;
import org.jspecify.annotations.Nullable;

/**
 * Where the parts of an organisation profile start: the cover sheet, the sections headed by a short
 * line ("Kaders …", "Contextinformatie …") and the two tables, each headed by the line before its header.
 */
final class Outline {
    private static final int SHORT_HEADING = 6;

    /** A part: the index of its heading block, the heading as written (may be null) and its spelling distance. */
    record Mark(ProfilePart part, int index, @Nullable Block heading, int distance) {}

    private final SourceDocument document;
    private final Map<ProfilePart, Mark> marks = new EnumMap<>(ProfilePart.class);
    private final Map<ProfilePart, TableHeader> headers = new EnumMap<>(ProfilePart.class);

    private Outline(SourceDocument document) {
        this.document = document;
    }

    static Outline of(SourceDocument document, int summaryStart, int summaryEnd) {
        var outline = new Outline(document);
        if (summaryStart >= 0) {
            int h = summaryStart - 1;
            boolean headed = h >= 0 && isHeading(document.get(h));
            outline.marks.put(ProfilePart.SUMMARY, new Mark(ProfilePart.SUMMARY, headed ? h : summaryStart,
                    headed ? document.get(h) : null, 0));
        }
        for (int i = Math.max(0, summaryEnd); i < document.size(); i++) {
            outline.table(i, ProfilePart.RESULTS, Labels.RESULT_COLUMNS);
            outline.table(i, ProfilePart.BEHAVIOUR, Labels.BEHAVIOUR_COLUMNS);
            outline.headed(i);
        }
        return outline;
    }

    Optional<Mark> mark(ProfilePart part) {
        return Optional.ofNullable(marks.get(part));
    }

    Optional<TableHeader> header(ProfilePart part) {
        return Optional.ofNullable(headers.get(part));
    }

    /** The blocks after the part's heading up to the next part. */
    List<Block> body(ProfilePart part) {
        Mark mark = marks.get(part);
        if (mark == null) {
            return List.of();
        }
        int end = marks.values().stream().mapToInt(Mark::index).filter(i -> i > mark.index()).min()
                .orElse(document.size());
        return document.range(mark.index() + 1, end);
    }

    List<Mark> marks() {
        List<Mark> all = new ArrayList<>(marks.values());
        all.sort(Comparator.comparingInt(Mark::index));
        return all;
    }

    private void table(int i, ProfilePart part, List<String> columns) {
        if (headers.containsKey(part)) {
            return;
        }
        TableHeader.at(i, document.get(i), columns).ifPresent(header -> {
            headers.put(part, header);
            boolean headed = i > 0 && isHeading(document.get(i - 1));
            int index = headed ? i - 1 : i;
            marks.values().removeIf(m -> m.index() == index);
            marks.put(part, new Mark(part, index, headed ? document.get(i - 1) : null, 0));
        });
    }

    private void headed(int i) {
        Block block = document.get(i);
        if (!isHeading(block) || marks.values().stream().anyMatch(m -> m.index() == i)) {
            return;
        }
        for (ProfilePart part : List.of(ProfilePart.ORGANOGRAM, ProfilePart.FRAMEWORKS, ProfilePart.PROFESSIONAL, ProfilePart.CONTEXT)) {
            int distance = distance(block.text(), part.heading);
            if (distance >= 0 && !marks.containsKey(part)) {
                marks.put(part, new Mark(part, i, block, distance));
                return;
            }
        }
    }

    static boolean isHeading(Block block) {
        String text = block.text().strip();
        return !block.isRow() && !block.isBulleted() && !text.isEmpty() && !Whitespace.endsWithOneOf(text, ".;,:")
                && Whitespace.words(text).length <= SHORT_HEADING && Character.isUpperCase(text.codePointAt(0));
    }

    /** 0 when the text starts with the heading, the spelling distance of its first words when within tolerance, else -1. */
    static int distance(String text, String heading) {
        if (Spelling.fold(text).startsWith(Spelling.fold(heading))) {
            return 0;
        }
        String[] words = text.strip().split("\\s+");
        int n = heading.split("\\s+").length;
        if (words.length < n) {
            return -1;
        }
        String start = String.join(" ", Arrays.copyOf(words, n));
        return Spelling.closest(start, List.of(heading)).map(Spelling.Match::distance).orElse(-1);
    }
}
