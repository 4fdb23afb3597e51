package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.front.Inconsistency.Kind;

/**
 * Compares the enriched profiles a paragraph of part 2 names with the qualifications the NLQF tables name:
 * a name no qualification spells the same way is reported with the closest qualification.
 */
final class NameChecks {
    private NameChecks() {}

    static void enrichedNames(Nlqf nlqf, Findings findings) {
        Map<String, Location> qualifications = new LinkedHashMap<>();
        for (NlqfRow row : nlqf.rows()) {
            row.related().forEach(r -> r.qualifications().forEach(q -> qualifications.putIfAbsent(q, row.at())));
        }
        if (qualifications.isEmpty()) {
            return;
        }
        for (Quote name : nlqf.enrichedProfileNames()) {
            boolean same = qualifications.keySet().stream()
                    .anyMatch(q -> Spelling.same(name.text(), q) || Spelling.same(name.text(), q.split(",")[0]));
            if (same) {
                continue;
            }
            String best = null;
            int score = 0;
            for (String q : qualifications.keySet()) {
                int s = overlap(name.text(), q);
                if (s > score) {
                    best = q;
                    score = s;
                }
            }
            List<Quote> quotes = new ArrayList<>(List.of(name));
            if (best != null) {
                quotes.add(new Quote(best, qualifications.get(best)));
            }
            findings.add(Kind.NAMING, "Het verrijkte profiel " + Findings.quoted(name) + " heet in de tabellen "
                    + (best == null ? "anders" : Findings.quoted(quotes.getLast())) + ".", quotes);
        }
    }

    /** How many words of {@code name} a word of {@code other} spells alike (same, or a common stem of six). */
    static int overlap(String name, String other) {
        int count = 0;
        for (String w : words(name)) {
            for (String o : words(other)) {
                if (Spelling.same(w, o) || w.length() >= 6 && o.length() >= 6 && w.regionMatches(0, o, 0, 6)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[\\s/,\\-]+"))
                .filter(w -> !w.isEmpty()).toList();
    }
}
