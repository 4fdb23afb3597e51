package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.text.Enumerations;
import org.jspecify.annotations.Nullable;

/**
 * Splits a cover-sheet competency list into names. Lists with commas are split on them; lists separated
 * by spaces only are split where the words form a name of the competency table (longest first), else per word.
 * A name matches exactly, within spelling tolerance, or as the start of a table name ("Klantgericht").
 */
final class CompetencySplit {
    private static final int LONGEST_NAME = 3;
    private static final int SHORTEST_PREFIX = 6;

    private CompetencySplit() {}

    /** How a listed name matched a table name. */
    enum How { EXACT, TOLERANT, PREFIX, NONE }

    /** A name as the list writes it, the table name it stands for (if any) and how it matched. */
    record Name(String written, @Nullable String tableName, How how) {}

    static List<Name> split(String list, List<String> tableNames) {
        if (list.isBlank()) {
            return List.of();
        }
        if (list.matches(".*[,;].*")) {
            return Enumerations.split(list).stream().map(n -> match(n, tableNames)).toList();
        }
        String[] words = list.strip().split("\\s+");
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < words.length; ) {
            Name found = null;
            for (int n = Math.min(LONGEST_NAME, words.length - i); n >= 1 && found == null; n--) {
                Name name = match(String.join(" ", List.of(words).subList(i, i + n)), tableNames);
                if (name.how() != How.NONE) {
                    found = name;
                    i += n;
                }
            }
            if (found == null) {
                found = new Name(words[i], null, How.NONE);
                i++;
            }
            names.add(found);
        }
        return names;
    }

    static Name match(String written, List<String> tableNames) {
        String f = Spelling.fold(written);
        for (String name : tableNames) {
            if (Spelling.fold(name).equals(f)) {
                return new Name(written, name, How.EXACT);
            }
        }
        Optional<Spelling.Match> close = Spelling.closest(written, tableNames);
        if (close.isPresent()) {
            return new Name(written, close.get().candidate(), How.TOLERANT);
        }
        for (String name : tableNames) {
            String t = Spelling.fold(name);
            boolean oneWord = !written.strip().contains(" ");
            if (Math.min(f.length(), t.length()) >= SHORTEST_PREFIX && (t.startsWith(f) || oneWord && f.startsWith(t))) {
                return new Name(written, name, How.PREFIX);
            }
        }
        return new Name(written, null, How.NONE);
    }
}
