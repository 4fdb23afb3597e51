package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Spelling;
import org.jspecify.annotations.Nullable;

/**
 * Finds the level table by its header row (a column for the level, one for the name, one for the
 * scale, recognised by the words "niveau", "naam" and "schaal") and reads the rows under it, whose
 * first cell is a single letter, in whatever order the document gives them.
 */
final class LevelTableReader {
    private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    private LevelTableReader() {}

    static LevelTable read(Layout layout, ImportReport report) {
        for (Section section : layout.sections()) {
            List<Block> rows = section.rows();
            for (int i = 0; i < rows.size(); i++) {
                int[] roles = roles(rows.get(i));
                if (roles != null) {
                    return table(rows.get(i), roles, rows.subList(i + 1, rows.size()), report);
                }
            }
        }
        return LevelTable.none();
    }

    /** Cell indexes of the letter, name and scale columns, or null when the row is not such a header. */
    static int @Nullable [] roles(Block row) {
        int letter = -1;
        int name = -1;
        int scale = -1;
        for (int i = 0; i < row.cells().size(); i++) {
            String f = Spelling.fold(row.cell(i).text());
            if (f.contains(Headings.SCALE_WORD) && scale < 0) {
                scale = i;
            } else if (f.contains(Headings.LEVEL_WORD) && letter < 0) {
                letter = i;
            } else if (f.contains(Headings.NAME_WORD) && name < 0) {
                name = i;
            }
        }
        return letter >= 0 && name >= 0 && scale >= 0 ? new int[] {letter, name, scale} : null;
    }

    private static LevelTable table(Block header, int[] roles, List<Block> rows, ImportReport report) {
        List<LevelRow> levels = new ArrayList<>();
        for (Block row : rows) {
            String letter = row.cell(roles[0]).text().strip().toUpperCase(Locale.ROOT);
            if (!letter.matches("[A-Z]")) {
                break;
            }
            levels.add(level(letter, row.cell(roles[1]).text().strip(), row.cell(roles[2]).text().strip(), row));
        }
        report.info(header.at(), "niveautabel met " + levels.size() + " niveaus in de volgorde "
                + String.join(", ", levels.stream().map(LevelRow::letter).toList()));
        List<String> columns = header.cells().stream().map(c -> c.text().strip()).filter(t -> !t.isEmpty()).toList();
        return new LevelTable(columns, levels, header.at());
    }

    private static LevelRow level(String letter, String name, String scaleText, Block row) {
        Matcher q = QUALIFIED.matcher(name);
        String base = q.matches() ? q.group(1).strip() : name;
        String qualifier = q.matches() && !q.group(2).isBlank() ? q.group(2).strip() : null;
        Matcher n = NUMBER.matcher(scaleText);
        Integer scale = n.find() ? Integer.valueOf(n.group()) : null;
        return new LevelRow(letter, name, base, qualifier, scaleText, scale, row.at());
    }
}
