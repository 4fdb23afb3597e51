package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jspecify.annotations.Nullable;

/**
 * Reads the profile overview: the last run of table rows before the profiles that hold a profile code
 * ("N06.01.02", "N06.01.06/VP I"), with dot leaders removed, and the header row just above it.
 */
final class OverviewReader {
    static final Pattern CODE = Pattern.compile("^\\p{Lu}{1,3}\\d{1,3}(?:\\.\\d{1,3})+(?:\\s*/\\s*\\S.*)?$");
    private static final String LEADERS = "\\s*[.…·_]{2,}\\s*$";

    private OverviewReader() {}

    static Overview read(SourceDocument document, Headings headings, int from, int to) {
        int last = -1;
        for (int i = to - 1; i >= from && last < 0; i--) {
            if (isEntry(document.get(i))) {
                last = i;
            }
        }
        if (last < 0) {
            return Overview.empty();
        }
        int first = last;
        while (first - 1 >= from && isEntry(document.get(first - 1))) {
            first--;
        }
        List<OverviewEntry> entries = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            entries.add(entry(document.get(i), entries.size() + 1));
        }
        List<String> columns = first - 1 >= from && document.get(first - 1).isRow()
                ? cells(document.get(first - 1)) : List.of();
        String section = headings.enclosing(first).map(Heading::number).orElse(null);
        return new Overview(section, columns, entries);
    }

    private static boolean isEntry(Block block) {
        return block.isRow() && cells(block).stream().anyMatch(c -> CODE.matcher(c).matches());
    }

    private static List<String> cells(Block block) {
        return block.cells().stream().map(Cell::text).map(t -> Texts.plain(t.replaceAll(LEADERS, "")))
                .filter(t -> !t.isEmpty()).toList();
    }

    private static OverviewEntry entry(Block block, int order) {
        String name = null;
        String code = "";
        Integer page = null;
        for (String cell : cells(block)) {
            if (CODE.matcher(cell).matches() && code.isEmpty()) {
                code = cell;
            } else if (cell.matches("\\d{1,4}") && page == null && !code.isEmpty()) {
                page = Integer.valueOf(cell);
            } else if (name == null) {
                name = cell;
            }
        }
        return new OverviewEntry(order, name == null ? code : name, code, page, block.at());
    }

    static @Nullable String prefix(List<String> codes, int segments) {
        String common = null;
        for (String code : codes) {
            String[] parts = code.split("[./]");
            if (parts.length < segments) {
                return null;
            }
            String p = String.join(".", java.util.Arrays.copyOf(parts, segments));
            if (common != null && !common.equals(p)) {
                return null;
            }
            common = p;
        }
        return common;
    }
}
