package nl.functiehuis.importer.uwv;

import java.util.List;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.text.Inconsistency;
import nl.functiehuis.importer.text.Inconsistency.Reading;
import nl.functiehuis.importer.uwv.OrganisationProfileFacts.Department;
import org.jspecify.annotations.Nullable;

/**
 * The department of the title block, with the abbreviation the text uses for it (its initials, "VFV") and
 * another spelling of its name when the text writes it two ways.
 */
final class Departments {
    private Departments() {}

    static @Nullable Department of(CoverSheet cover, List<Inconsistency> names, SourceDocument document) {
        String name = cover.departmentName();
        Block line = cover.department();
        if (name == null || line == null) {
            return null;
        }
        Reading variant = null;
        for (Inconsistency n : names) {
            Reading a = n.readings().get(0);
            Reading b = n.readings().get(1);
            if (variant == null && name.contains(a.text())) {
                variant = b;
            } else if (variant == null && name.contains(b.text())) {
                variant = a;
            }
        }
        return new Department(name, line.at(), abbreviation(name, document), variant == null ? null : variant.text(),
                variant == null ? null : variant.at());
    }

    /** The initials of the name's capitalised words, when the text uses them as a word. */
    private static @Nullable String abbreviation(String name, SourceDocument document) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        if (initials.length() < 2) {
            return null;
        }
        Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(initials.toString()) + "(?![\\p{L}])");
        boolean used = document.blocks().stream().anyMatch(b -> word.matcher(b.text()).find());
        return used ? initials.toString() : null;
    }
}
