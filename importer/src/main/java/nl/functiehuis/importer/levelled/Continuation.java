package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins what a page break split: a cell continued in a later row whose first cell is empty. Text that
 * goes on in lower case finishes the last item; anything else adds items.
 */
final class Continuation {
    private Continuation() {}

    static List<String> append(List<String> items, List<String> more) {
        List<String> joined = new ArrayList<>(items);
        for (String item : more) {
            if (!joined.isEmpty() && joined.size() == items.size() && continuesSentence(item)) {
                int last = joined.size() - 1;
                joined.set(last, joined.get(last) + " " + item);
            } else {
                joined.add(item);
            }
        }
        return joined;
    }

    static boolean continuesSentence(String text) {
        int first = text.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse('A');
        return Character.isLowerCase(first);
    }
}
