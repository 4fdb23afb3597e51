package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.functiehuis.importer.blocks.Cell;

/**
 * The items of a table cell. A cell with list items, bullets or several paragraphs keeps them; a cell
 * with one unmarked run of text is split where the export lost the item markers: after a sentence end
 * followed by a capital, and before a capitalised word inside the text ("… de cliënt Cliënt voelt …").
 * A capitalised word after an article or preposition, or before "&", is taken for a name and not split.
 */
final class Items {
    private static final Set<String> NAME_CONTEXT = Set.of("de", "het", "een", "van", "voor", "naar", "met", "aan",
            "bij", "in", "op", "door", "tot", "over", "uit", "om", "te", "als", "binnen", "via", "zoals", "&");

    private Items() {}

    /** The items of a cell and whether they were inferred (true when the cell had no markers). */
    record Read(List<String> items, boolean inferred) {
        Read {
            items = List.copyOf(items);
        }
    }

    static Read of(Cell cell) {
        if (cell.isEmpty()) {
            return new Read(List.of(), false);
        }
        if (cell.listed() || cell.items().size() > 1) {
            return new Read(cell.items(), false);
        }
        return new Read(infer(cell.items().get(0)), true);
    }

    static List<String> infer(String text) {
        String[] words = text.strip().split("\\s+");
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && startsItem(words[i - 1], words[i], i + 1 < words.length ? words[i + 1] : "")) {
                items.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(words[i]);
        }
        if (!current.isEmpty()) {
            items.add(current.toString());
        }
        return items;
    }

    private static boolean startsItem(String previous, String word, String next) {
        if (!capitalised(word)) {
            return false;
        }
        if (previous.matches(".*[.!?]")) {
            return true;
        }
        return !previous.matches(".*[,:;(&/-]") && !NAME_CONTEXT.contains(previous.toLowerCase(Locale.ROOT))
                && !next.equals("&");
    }

    /** A capital followed by a lower-case letter: "Cliënt", not "UWV" or "K&S". */
    private static boolean capitalised(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))
                && Character.isLowerCase(word.codePointAt(word.offsetByCodePoints(0, 1)));
    }
}
