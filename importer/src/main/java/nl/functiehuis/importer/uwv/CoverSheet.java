package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.blocks.Spelling;
import org.jspecify.annotations.Nullable;

/**
 * The top of an organisation profile: the title line, the department line ("Afdeling …") and the cover
 * sheet, the consecutive lines holding label/value pairs, as blocks [start, end).
 */
record CoverSheet(int start, int end, List<SummaryEntry> entries, @Nullable Block title, @Nullable Block department) {
    private static final int SEARCHED = 80;

    static CoverSheet find(SourceDocument document) {
        int start = -1;
        int end = -1;
        List<SummaryEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(document.size(), SEARCHED); i++) {
            List<SummaryEntry> found = scan(document.get(i));
            if (found.isEmpty() && start >= 0) {
                break;
            }
            if (!found.isEmpty()) {
                start = start < 0 ? i : start;
                end = i + 1;
                entries.addAll(found);
            }
        }
        Block title = null;
        Block department = null;
        for (int i = 0; i < start; i++) {
            Block block = document.get(i);
            boolean sheetHeading = i == start - 1 && Outline.isHeading(block);
            if (block.isRow() || sheetHeading) {
                continue;
            }
            String firstWord = block.text().strip().split("\\s+")[0];
            if (department == null && Spelling.fold(firstWord).equals(Spelling.fold(Labels.DEPARTMENT))) {
                department = block;
            } else if (title == null) {
                title = block;
            }
        }
        return new CoverSheet(start, end, entries, title, department);
    }

    static List<SummaryEntry> scan(Block block) {
        List<SummaryEntry> entries = new ArrayList<>();
        List<String> texts = block.isRow() ? block.cells().stream().map(Cell::text).toList() : List.of(block.text());
        for (String text : texts) {
            entries.addAll(LabelScanner.scan(text, block.at()));
        }
        return entries;
    }

    /** The department's name: the department line without its first word. */
    @Nullable String departmentName() {
        if (department == null) {
            return null;
        }
        String[] words = department.text().strip().split("\\s+", 2);
        return words.length < 2 ? null : words[1].strip();
    }
}
