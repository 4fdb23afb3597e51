package nl.functiehuis.importer.booklet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * Matches a function name as one part of a booklet writes it ("Medewerker publiek III" in a table) to the
 * names another part uses ("MEDEWERKER PUBLIEK III" as a heading): the same folded spelling, else the
 * closest within {@link Spelling}'s tolerance among the names with the same trailing roman numeral, so
 * that "… III" never stands for "… II".
 */
final class FunctionTitles {
    private FunctionTitles() {}

    static Optional<Spelling.Match> match(String name, Collection<String> candidates) {
        String numeral = numeral(name);
        List<String> same = candidates.stream().filter(c -> numeral(c).equals(numeral)).toList();
        return Spelling.closest(name, same);
    }

    /** The trailing roman numeral of a function name ("I" … "X"), or "" when it has none. */
    static String numeral(String name) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        return last.matches("[IVX]{1,4}") ? last : "";
    }
}
