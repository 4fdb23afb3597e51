package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * Finds a heading mentioned elsewhere in the document in another spelling: a run of words as long as the
 * heading where every word matches tolerantly ({@link Spelling}) and at least one differs inside the word.
 * Differences in case or only in the ending (plural, inflection: "vaardigheid"/"vaardigheden") are grammar,
 * not spelling, and are left alone.
 */
final class HeadingMentions {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private HeadingMentions() {}

    static List<Inconsistency> check(List<Section> headings, List<Passage> passages) {
        List<Inconsistency> found = new ArrayList<>();
        for (Section section : headings) {
            List<String> heading = WORD.matcher(Headings.core(section.headingText())).results()
                    .map(MatchResult::group).toList();
            if (heading.size() < 2) {
                continue;
            }
            mention(heading, section, passages).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Inconsistency> mention(List<String> heading, Section section, List<Passage> passages) {
        for (Passage passage : passages) {
            if (passage.at().equals(section.at())) {
                continue;
            }
            List<MatchResult> words = WORD.matcher(passage.text()).results().toList();
            for (int i = 0; i + heading.size() <= words.size(); i++) {
                if (variant(heading, words.subList(i, i + heading.size()))) {
                    int end = words.get(i + heading.size() - 1).end();
                    String text = passage.text().substring(words.get(i).start(), end);
                    return Optional.of(new Inconsistency(Inconsistency.Kind.HEADING_SPELLING,
                            "kop en latere vermelding spellen '" + section.headingText() + "' verschillend",
                            List.of(new Inconsistency.Reading(section.headingAsWritten(), section.at(), "kop"),
                                    new Inconsistency.Reading(text, passage.at(), passage.where()))));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean variant(List<String> heading, List<MatchResult> window) {
        boolean differs = false;
        for (int i = 0; i < heading.size(); i++) {
            String a = heading.get(i).toLowerCase(Locale.ROOT);
            String b = window.get(i).group().toLowerCase(Locale.ROOT);
            if (a.equals(b)) {
                continue;
            }
            if (!Spelling.same(a, b) || endingOnly(a, b)) {
                return false;
            }
            differs = true;
        }
        return differs;
    }

    /** True when the words share all but at most the last two letters of the shorter one. */
    static boolean endingOnly(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.min(a.length(), b.length()) - 2;
    }
}
