package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jspecify.annotations.Nullable;

/**
 * Finds the table of contents as the first run of at least three lines that end in a page number: table
 * rows ("1.2 | Title | 9", "Leeswijzer | 4") or paragraphs ("Deel 1 **Title** 9").
 */
final class ContentsReader {
    /** The contents and the block range [start, end) it takes. */
    record Contents(List<ContentsEntry> entries, int start, int end) {}

    private static final Pattern PAGE_LINE = Pattern.compile("^(.*\\S)\\s+(\\d{1,3})$");
    private static final Pattern NUMBER = Pattern.compile("^((?i:deel|hoofdstuk|bijlage)\\s+\\d+|\\d+(?:\\.\\d+)*)\\.?\\s+(.*)$");
    private static final Pattern BARE_PART = Pattern.compile("^(?i:deel|hoofdstuk|bijlage)\\s+\\d+$");
    private static final int MIN_RUN = 3;

    private ContentsReader() {}

    static Contents read(SourceDocument document, int to) {
        List<ContentsEntry> run = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < to; i++) {
            ContentsEntry entry = entry(document.get(i));
            if (entry != null) {
                if (run.isEmpty()) {
                    start = i;
                }
                run.add(entry);
            } else if (run.size() >= MIN_RUN) {
                return new Contents(run, start, i);
            } else {
                run.clear();
            }
        }
        return run.size() >= MIN_RUN ? new Contents(run, start, to) : new Contents(List.of(), 0, 0);
    }

    static @Nullable ContentsEntry entry(Block block) {
        if (block.isRow()) {
            List<String> cells = block.cells().stream().map(Cell::text).map(Texts::plain).filter(t -> !t.isEmpty())
                    .toList();
            if (cells.size() < 2 || cells.size() > 3 || !cells.getLast().matches("\\d{1,3}")) {
                return null;
            }
            Integer page = Integer.valueOf(cells.getLast());
            String title = cells.get(cells.size() - 2);
            if (!title.matches(".*\\p{L}.*") || title.contains("..")) {
                return null;
            }
            return new ContentsEntry(cells.size() == 3 ? cells.get(0) : null, title, page, block.at());
        }
        String text = Texts.plain(block.text());
        Matcher line = PAGE_LINE.matcher(text);
        if (BARE_PART.matcher(text).matches() || !line.matches()) {
            return null;
        }
        Matcher numbered = NUMBER.matcher(line.group(1));
        String number = numbered.matches() ? numbered.group(1) : null;
        String title = numbered.matches() ? numbered.group(2).strip() : line.group(1);
        if (title.isEmpty() || title.matches(".*[.:;]$") || title.split("\\s+").length > 14) {
            return null;
        }
        return new ContentsEntry(number, title, Integer.valueOf(line.group(2)), block.at());
    }
}
