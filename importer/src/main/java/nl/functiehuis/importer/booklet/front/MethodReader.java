package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jspecify.annotations.Nullable;

/**
 * Reads the methodology section: the section that states how many competencies the dictionary holds
 * over how many dimensions, followed by a list "Name (aspect)" of those dimensions, and the sentences on
 * levels (count, lightest, heaviest, cumulative) and the maximum number of competencies per profile.
 */
final class MethodReader {
    private static final Pattern COMPETENCIES = Pattern.compile("(?i)\\b" + Texts.NUMBER + "\\s+competenties\\b");
    private static final Pattern DIMENSIONS = Pattern.compile("(?i)\\b" + Texts.NUMBER + "\\s+dimensies\\b");
    private static final Pattern LEVELS = Pattern.compile("(?i)\\b" + Texts.NUMBER + "\\s+niveaus\\b");
    private static final Pattern MAXIMUM = Pattern.compile("(?i)\\bmaximaal\\s+" + Texts.NUMBER + "\\s+competenties");
    private static final Pattern DIMENSION = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*[.;]?$");
    private static final String EXTREME = "(?i:niveau)\\s+(\\p{Lu})\\b(?:(?!(?i:niveau))[^.;,])*?\\b";
    private static final Pattern LIGHTEST = Pattern.compile(EXTREME + "(?i:lichtste|laagste)");
    private static final Pattern HEAVIEST = Pattern.compile(EXTREME + "(?i:zwaarste|hoogste)");

    private MethodReader() {}

    static CompetencyModel read(SourceDocument document, Headings headings, int from, int to) {
        for (int i = from; i < to; i++) {
            Block b = document.get(i);
            for (String sentence : b.isRow() ? List.<String>of() : Texts.sentences(b.text())) {
                Matcher m = COMPETENCIES.matcher(sentence);
                if (m.find() && sentence.toLowerCase(Locale.ROOT).matches(".*(woordenboek|dimensie).*")) {
                    Matcher d = DIMENSIONS.matcher(sentence);
                    Integer dimensions = d.find() ? Texts.number(d.group(1)) : null;
                    var section = headings.enclosing(i);
                    int end = section.map(headings::end).orElse(to);
                    return model(document.range(i, Math.min(end, to)), section.map(Heading::number).orElse(null),
                            Texts.number(m.group(1)), new Quote(m.group(), b.at()), dimensions);
                }
            }
        }
        return CompetencyModel.empty();
    }

    private static CompetencyModel model(List<Block> blocks, @Nullable String section, @Nullable Integer count,
            Quote countText, @Nullable Integer dimensionCount) {
        List<DimensionText> dimensions = dimensions(blocks);
        Integer levels = null;
        String lightest = null;
        String heaviest = null;
        Boolean cumulative = null;
        Integer maximum = null;
        for (Block b : blocks) {
            for (String s : b.isRow() ? List.<String>of() : Texts.sentences(b.text())) {
                levels = levels != null ? levels : first(LEVELS, s);
                lightest = lightest != null ? lightest : letter(LIGHTEST, s);
                heaviest = heaviest != null ? heaviest : letter(HEAVIEST, s);
                maximum = maximum != null ? maximum : first(MAXIMUM, s);
                String lower = s.toLowerCase(Locale.ROOT);
                if (cumulative == null && lower.contains("cumulatief")) {
                    cumulative = !lower.matches(".*\\bniet\\b.*cumulatief.*");
                }
            }
        }
        return new CompetencyModel(section, count, countText, dimensionCount, dimensions, levels,
                letters(heaviest, lightest), lightest, heaviest, cumulative, maximum);
    }

    private static List<DimensionText> dimensions(List<Block> blocks) {
        List<DimensionText> run = new ArrayList<>();
        for (Block b : blocks) {
            Matcher m = DIMENSION.matcher(Texts.plain(b.text()));
            if (b.isBulleted() && m.matches()) {
                run.add(new DimensionText(m.group(1).strip(), m.group(2).strip(), null, 0, b.at()));
            } else if (run.size() >= 2) {
                return run;
            } else {
                run.clear();
            }
        }
        return run.size() >= 2 ? run : List.of();
    }

    private static List<String> letters(@Nullable String heaviest, @Nullable String lightest) {
        if (heaviest == null || lightest == null || heaviest.charAt(0) > lightest.charAt(0)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (char c = heaviest.charAt(0); c <= lightest.charAt(0); c++) {
            out.add(String.valueOf(c));
        }
        return out;
    }

    private static @Nullable Integer first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? Texts.number(m.group(1)) : null;
    }

    private static @Nullable String letter(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
