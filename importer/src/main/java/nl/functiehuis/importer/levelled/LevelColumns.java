package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;

/**
 * The header row of a per-level table: an empty (or short, letter-less) first cell, then one column per
 * function level, headed by its letter ("A", "Niveau B", "C (Expert)"). {@code columns} are cell indexes.
 */
record LevelColumns(List<String> letters, List<Integer> columns) {
    private static final Pattern LETTER = Pattern.compile("(?:(?i:niveau)\\s+)?([A-Z])(?:\\s*\\(.*\\))?");

    LevelColumns {
        letters = List.copyOf(letters);
        columns = List.copyOf(columns);
    }

    static Optional<LevelColumns> of(Block row) {
        if (!row.isRow() || letterOf(row.cell(0).text()).isPresent() || row.cell(0).text().length() > 40) {
            return Optional.empty();
        }
        List<String> letters = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int last = row.cells().size() - 1;
        while (last > 0 && row.cell(last).isEmpty()) {
            last--;
        }
        for (int i = 1; i <= last; i++) {
            Optional<String> letter = letterOf(row.cell(i).text());
            if (letter.isEmpty() || letters.contains(letter.get())) {
                return Optional.empty();
            }
            letters.add(letter.get());
            columns.add(i);
        }
        return letters.size() >= 2 ? Optional.of(new LevelColumns(letters, columns)) : Optional.empty();
    }

    static boolean isHeader(Block row) {
        return of(row).isPresent();
    }

    static Optional<String> letterOf(String text) {
        Matcher m = LETTER.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
