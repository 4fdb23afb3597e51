package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import org.jspecify.annotations.Nullable;

/**
 * The NLQF tables: a header row in capitals (repeated after page breaks), then rows of title, NLQF level,
 * indicators and related education. A row's group is the group whose name its section heading holds.
 */
final class NlqfTables {
    record Tables(List<String> columns, int headerCount, List<NlqfRow> rows) {}

    private static final Pattern MBO = Pattern.compile("(?i)\\bmbo\\b\\D{0,10}(\\d)");

    private NlqfTables() {}

    static Tables read(Headings headings, int from, int to, List<GroupText> groups) {
        List<String> columns = List.of();
        int headers = 0;
        List<NlqfRow> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Block b = headings.blocks(i, i + 1).getFirst();
            List<String> cells = b.cells().stream().map(Cell::text).map(Texts::plain).filter(t -> !t.isEmpty()).toList();
            if (!b.isRow() || cells.size() < 3) {
                continue;
            }
            if (cells.stream().allMatch(Texts::isAllCaps)) {
                columns = columns.isEmpty() ? cells : columns;
                headers++;
            } else if (!columns.isEmpty()) {
                rows.add(row(b, group(headings, i, groups)));
            }
        }
        return new Tables(columns, headers, rows);
    }

    private static @Nullable String group(Headings headings, int index, List<GroupText> groups) {
        String title = headings.enclosing(index).map(Heading::title).orElse("");
        for (GroupText g : groups) {
            if (title.toLowerCase(java.util.Locale.ROOT).contains(g.name().toLowerCase(java.util.Locale.ROOT))) {
                return g.name();
            }
        }
        return null;
    }

    private static NlqfRow row(Block b, @Nullable String group) {
        String level = Texts.plain(b.cell(1).text());
        List<Integer> levels = new ArrayList<>();
        Matcher digits = Pattern.compile("\\d+").matcher(level);
        while (digits.find()) {
            levels.add(Integer.valueOf(digits.group()));
        }
        List<RelatedEducation> related = new ArrayList<>();
        for (LabelledText part : LabelledParts.parse(b.cell(3).raw())) {
            Matcher m = MBO.matcher(part.label() == null ? "" : part.label());
            Integer mbo = m.find() ? Integer.valueOf(m.group(1)) : null;
            related.add(new RelatedEducation(part.label(), mbo, part.text(),
                    mbo == null ? List.of() : QualificationNames.split(part.text())));
        }
        return new NlqfRow(group, Texts.plain(b.cell(0).text()), level, levels, LabelledParts.parse(b.cell(2).raw()),
                related, b.at());
    }
}
