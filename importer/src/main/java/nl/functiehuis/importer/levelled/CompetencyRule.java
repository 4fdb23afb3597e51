package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rule a footnote states for the competencies: the number of core competencies and the maximum
 * number of function-specific ones per function, and whether every level uses that maximum.
 */
public record CompetencyRule(int coreCount, int maxSpecific, Footnote source, boolean allLevelsAtMax) {
    private static final String NUMBER = "(\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)";
    private static final Pattern CORE = Pattern.compile(NUMBER + "\\s+kerncompetenties", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAX = Pattern.compile("(?:maximaal|ten hoogste|hooguit)\\s+" + NUMBER
            + "\\s+(?:[\\p{L}-]+\\s+)?competenties", Pattern.CASE_INSENSITIVE);
    private static final List<String> WORDS = List.of("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven",
            "acht", "negen", "tien");

    /**
     * The rule in the footnote whose marker is given (the one on the competency heading), else in the
     * first footnote that states one; {@code countsPerLevel} are the function-specific counts.
     */
    static Optional<CompetencyRule> find(List<Footnote> footnotes, @Nullable String marker,
            List<Integer> countsPerLevel) {
        List<Footnote> ordered = new ArrayList<>(footnotes);
        ordered.sort(Comparator.comparing(f -> !f.marker().equals(marker)));
        for (Footnote footnote : ordered) {
            Matcher core = CORE.matcher(footnote.text());
            Matcher max = MAX.matcher(footnote.text());
            if (core.find() && max.find()) {
                int maximum = number(max.group(1));
                boolean atMax = !countsPerLevel.isEmpty() && countsPerLevel.stream().allMatch(c -> c == maximum);
                return Optional.of(new CompetencyRule(number(core.group(1)), maximum, footnote, atMax));
            }
        }
        return Optional.empty();
    }

    private static int number(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.chars().allMatch(Character::isDigit) ? Integer.parseInt(t) : WORDS.indexOf(t);
    }
}
