package nl.functiehuis.importer.text;

import java.util.ArrayList;
import java.util.List;

/** Dutch enumerations in running text: "a, b en c" (the last item joined by "en" or "of"). */
public final class Enumerations {
    private Enumerations() {}

    /**
     * The items of an enumeration: split on commas and semicolons, the last piece once more on its last
     * " en " or " of "; a leading "en", list punctuation and a trailing full stop are dropped.
     */
    public static List<String> split(String list) {
        String text = list.strip().replaceAll("[.;:]+$", "");
        List<String> pieces = new ArrayList<>(List.of(text.split("\\s*[,;]\\s*")));
        String last = pieces.remove(pieces.size() - 1);
        int joint = Math.max(last.lastIndexOf(" en "), last.lastIndexOf(" of "));
        if (joint > 0) {
            pieces.add(last.substring(0, joint));
            pieces.add(last.substring(joint + 4));
        } else {
            pieces.add(last);
        }
        List<String> items = new ArrayList<>();
        for (String piece : pieces) {
            String item = piece.strip().replaceFirst("^(en|of)\\s+", "").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }
}
