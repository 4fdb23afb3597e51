package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.booklet.front.Paragraphs.Para;

/**
 * Reads part 2: the sentences on the NLQF frame (how many levels, an entry level, examples "… ingedeeld op
 * NLQF niveau 4"), the tables of each group section and the paragraphs beneath them (remarks, enriched
 * profiles named).
 */
final class NlqfReader {
    private static final Pattern LEVELS = Pattern.compile("(?i)\\b" + Texts.NUMBER + "\\s+niveaus\\b");
    private static final Pattern EXAMPLE = Pattern.compile(
            "(?i)\\b(?:ingedeeld|ingeschaald|geplaatst)\\s+op\\s+(?:het\\s+)?NLQF[- ]?niveau\\s+(\\d)");
    private static final Pattern ENRICHED = Pattern.compile(
            "(?i)\\bverrijkte profielen\\s+(?:voor|van)\\s+(.+?)\\s+(?:zijn|worden|staan|is)\\b");
    private static final String FILLER = "(?i:zo|is|zijn|en|de|het|een|wordt|worden|bijvoorbeeld|ook|dan|dus)";

    private NlqfReader() {}

    static Nlqf read(Headings headings, int from, int to, List<GroupText> groups, Overview overview) {
        List<Block> blocks = headings.blocks(from, to);
        String section = blocks.isEmpty() ? null : headings.enclosing(from).map(Heading::number).orElse(null);
        Integer levelCount = null;
        boolean entryLevel = false;
        Map<String, Integer> examples = new LinkedHashMap<>();
        List<Quote> enriched = new ArrayList<>();
        List<Para> paragraphs = Paragraphs.of(blocks);
        for (Para p : paragraphs) {
            for (String s : Texts.sentences(p.text())) {
                Matcher l = LEVELS.matcher(s);
                if (levelCount == null && s.toUpperCase(Locale.ROOT).contains("NLQF") && l.find()) {
                    levelCount = Texts.number(l.group(1));
                }
                entryLevel |= s.toLowerCase(Locale.ROOT).contains("instroomniveau");
                examples(s, examples);
                Matcher e = ENRICHED.matcher(s);
                if (enriched.isEmpty() && e.find()) {
                    for (String name : e.group(1).split(",\\s*|(?<!-)\\s+en\\s+")) {
                        enriched.add(new Quote(name.strip(), p.at()));
                    }
                }
            }
        }
        var tables = NlqfTables.read(headings, from, to, groups);
        List<String> functions = new ArrayList<>(overview.entries().stream().map(OverviewEntry::name).toList());
        tables.rows().forEach(r -> functions.add(r.title()));
        List<Remark> remarks = paragraphs.stream().map(p -> RemarkReader.read(p, functions))
                .flatMap(java.util.Optional::stream).toList();
        return new Nlqf(section, levelCount, entryLevel, examples, tables.columns(), tables.headerCount(),
                tables.rows(), remarks, enriched);
    }

    private static void examples(String sentence, Map<String, Integer> examples) {
        Matcher m = EXAMPLE.matcher(sentence);
        int last = 0;
        while (m.find()) {
            String subject = sentence.substring(last, m.start()).strip();
            String previous;
            do {
                previous = subject;
                subject = subject.replaceFirst("^" + FILLER + "\\s+", "").replaceFirst("\\s+" + FILLER + "$", "");
            } while (!subject.equals(previous));
            if (!subject.isEmpty()) {
                examples.putIfAbsent(subject, Integer.valueOf(m.group(1)));
            }
            last = m.end();
        }
    }
}
