package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * Finds a word the document also writes in a near spelling. Ordinary Dutch inflection and compounding
 * change the end or the start of a word, so only differences inside a word count, under three narrow rules
 * that keep false alarms low (tried on all four reference documents: without the same-line condition of
 * the third rule, pairs such as "onderdelen"/"onderhandelen" and "aanzien"/"aangezien" came up):
 * <ol>
 *   <li>the forms differ only in accents and have at least 5 letters ("client"/"cliënt"; not "een"/"één");
 *   <li>one letter is missing inside a word of at least 8 letters, 3 or more from each end
 *       ("vakkenis"/"vakkennis"), anywhere in the document;
 *   <li>two or three letters are missing inside such a word and both forms stand on the same line, so the
 *       writer was speaking of one thing ("doorwezen"/"doorverwezen"); a dropped linking "en" or "es"
 *       ("klantencontact"/"klantcontact") is an accepted compound form and is left alone.
 * </ol>
 * The rarer form (on a tie the shorter, which lacks the letters) is quoted first, the other form where it
 * stands closest (the same line if possible).
 */
final class WordVariants {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> LINKING = Set.of("en", "es");

    private WordVariants() {}

    private record Occurrence(Passage passage, int start, int end) {}

    /** Variants in the passages, leaving out pairs of which both forms are in {@code alreadyReported} (lower case). */
    static List<Inconsistency> check(List<Passage> passages, Set<String> alreadyReported) {
        Map<String, List<Occurrence>> words = new LinkedHashMap<>();
        for (Passage passage : passages) {
            for (MatchResult m : WORD.matcher(passage.text()).results().toList()) {
                words.computeIfAbsent(m.group().toLowerCase(Locale.ROOT), w -> new ArrayList<>())
                        .add(new Occurrence(passage, m.start(), m.end()));
            }
        }
        List<String> forms = new ArrayList<>(words.keySet());
        List<Inconsistency> found = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                String a = forms.get(i);
                String b = forms.get(j);
                if ((accentsOnly(a, b) || droppedInside(a, b, sameLine(words.get(a), words.get(b))))
                        && !(alreadyReported.contains(a) && alreadyReported.contains(b))) {
                    int countA = words.get(a).size();
                    int countB = words.get(b).size();
                    boolean aSuspect = countA < countB || (countA == countB && a.length() <= b.length());
                    found.add(variant(aSuspect ? a : b, aSuspect ? b : a, words));
                }
            }
        }
        return found;
    }

    static boolean accentsOnly(String a, String b) {
        return a.length() >= 5 && !a.equals(b) && Spelling.fold(a).equals(Spelling.fold(b));
    }

    /** Rules 2 and 3: letters dropped inside the longer form; more than one only when on the same line. */
    static boolean droppedInside(String a, String b, boolean sameLine) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int dropped = longer.length() - shorter.length();
        if (dropped < 1 || dropped > 3 || longer.length() < 8 || (dropped > 1 && !sameLine)) {
            return false;
        }
        int prefix = 0;
        while (prefix < shorter.length() && longer.charAt(prefix) == shorter.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter.length() && longer.charAt(longer.length() - 1 - suffix)
                == shorter.charAt(shorter.length() - 1 - suffix)) {
            suffix++;
        }
        boolean found = false;
        for (int at = Math.max(3, shorter.length() - suffix); at <= Math.min(prefix, shorter.length() - 3); at++) {
            if (dropped > 1 && LINKING.contains(longer.substring(at, at + dropped))) {
                return false;
            }
            found = true;
        }
        return found;
    }

    private static boolean sameLine(List<Occurrence> a, List<Occurrence> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.passage().at().equals(y.passage().at())));
    }

    private static Inconsistency variant(String rare, String common, Map<String, List<Occurrence>> words) {
        Occurrence r = words.get(rare).getFirst();
        Occurrence c = words.get(common).stream().filter(o -> o.passage().at().equals(r.passage().at())).findFirst()
                .orElse(words.get(common).getFirst());
        return new Inconsistency(Inconsistency.Kind.WORD_VARIANT,
                "'" + rare + "' (" + words.get(rare).size() + "×) naast '" + common + "' ("
                        + words.get(common).size() + "×)",
                List.of(reading(r), reading(c)));
    }

    private static Inconsistency.Reading reading(Occurrence o) {
        Passage p = o.passage();
        return new Inconsistency.Reading(p.snippet(o.start(), o.end(), 2), p.at(), p.where());
    }
}
