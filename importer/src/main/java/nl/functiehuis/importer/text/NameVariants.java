package nl.functiehuis.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.text.Inconsistency.Reading;

/**
 * Names a document writes two ways: capitalised names that differ in one word variant
 * ("Verwerken …" / "Verwerking …"), or one name written with different capitals.
 */
public final class NameVariants {
    private static final int STEM = 4;
    private static final int WORD = 6;
    private static final int ENDING = 3;

    private NameVariants() {}

    /** Pairs of capitalised multi-word names that agree word for word except one variant of the same stem. */
    public static List<Inconsistency> wordVariants(List<Block> blocks) {
        List<CapitalisedRuns.Run> runs = CapitalisedRuns.distinct(blocks);
        List<Inconsistency> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int x = 0; x < runs.size(); x++) {
            for (int y = x + 1; y < runs.size(); y++) {
                Optional<String[]> pair = CapitalisedRuns.align(runs.get(x).words(), runs.get(y).words());
                if (pair.isPresent() && seen.add(pair.get()[0] + "|" + pair.get()[1])) {
                    found.add(new Inconsistency("naming", "dezelfde naam op twee manieren geschreven",
                            List.of(new Reading(pair.get()[0], runs.get(x).at()), new Reading(pair.get()[1], runs.get(y).at()))));
                }
            }
        }
        return found;
    }

    /**
     * The places where "{@code keyword} {@code name}" occurs with the name in other capitals than elsewhere,
     * each reading quoted with its keyword as written ("afdeling Beheer Inkomen" / "afdeling Beheer inkomen").
     */
    public static Optional<Inconsistency> caseVariants(String keyword, String name, List<Block> blocks) {
        Pattern pattern = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(keyword) + "\\s+(" + Pattern.quote(name)
                + ")(?![\\p{L}])");
        Map<String, Reading> byName = new LinkedHashMap<>();
        for (Block block : blocks) {
            for (String text : CapitalisedRuns.texts(block)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    byName.putIfAbsent(m.group(1), new Reading(m.group().replaceAll("\\s+", " "), block.at()));
                }
            }
        }
        if (byName.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Inconsistency("naming", "dezelfde naam met verschillende hoofdletters",
                List.copyOf(byName.values())));
    }

    /**
     * Whether two words are spellings of one word: within spelling tolerance, or one stem of at least four
     * letters with endings of at most three ("Verwerken"/"Verwerking", "Beheer"/"Beheren").
     */
    public static boolean variant(String a, String b) {
        String fa = Spelling.fold(a);
        String fb = Spelling.fold(b);
        if (fa.equals(fb) || fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        int prefix = 0;
        while (prefix < Math.min(fa.length(), fb.length()) && fa.charAt(prefix) == fb.charAt(prefix)) {
            prefix++;
        }
        boolean stem = prefix >= STEM && Math.min(fa.length(), fb.length()) >= WORD
                && fa.length() - prefix <= ENDING && fb.length() - prefix <= ENDING;
        return stem || Spelling.same(a, b);
    }
}
