package nl.functiehuis.importer.booklet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * Finds where the full profile texts start: at each "NAAM FUNCTIE: …" line, or at a "CODE: …" line
 * carrying a function code when no name line stands just above it.
 */
final class ProfileSplitter {
    /** A function code of a norm function or enriched profile: "N06.01.02", "N06.01.06/VP II". */
    static final Pattern FUNCTION_CODE = Pattern.compile("[A-Za-z]{0,3}\\d{1,3}(?:\\.\\d{1,3}){1,3}(?:\\s*/\\s*[A-Za-z]{1,4}(?:\\s+[IVX]{1,4})?)?");
    /** How many blocks above a code line its name line may stand (name, subtitle). */
    private static final int NAME_REACH = 3;

    private ProfileSplitter() {}

    static List<Integer> starts(SourceDocument document) {
        List<Integer> starts = new ArrayList<>();
        int lastName = -NAME_REACH - 1;
        for (int i = 0; i < document.size(); i++) {
            Block b = document.get(i);
            if (b.isRow() || b.isBulleted()) {
                continue;
            }
            var match = BookletLabel.match(b.text());
            if (match.isEmpty()) {
                continue;
            }
            if (match.get().label() == BookletLabel.NAME) {
                starts.add(i);
                lastName = i;
            } else if (match.get().label() == BookletLabel.CODE && isCode(match.get().rest()) && i - lastName > NAME_REACH) {
                starts.add(i);
            }
        }
        return starts;
    }

    static boolean isCode(String text) {
        return text.length() <= 40 && FUNCTION_CODE.matcher(text.strip()).matches();
    }
}
