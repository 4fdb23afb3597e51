package nl.functiehuis.importer.booklet.front;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.front.Paragraphs.Para;

/**
 * Reads one function group section (1.3.x): its name from the heading, its code prefix and enriched profiles
 * from the codes of its functions in the overview, and what its text says.
 */
final class GroupReader {
    static final String GROUP_LABEL = "Functiegroep";

    private GroupReader() {}

    /** Reads the group under {@code heading}; {@code bases} are its base profiles in the overview. */
    static GroupText read(Heading heading, Headings headings, Overview overview, List<OverviewEntry> bases,
            CompetencyMentions mentions, List<String> letters) {
        String name = nameAfterLabel(heading.title(), GROUP_LABEL);
        String prefix = Codes.commonPrefix(bases.stream().map(OverviewEntry::code).toList());
        List<String> enriched = prefix == null ? List.of() : overview.entries().stream()
                .filter(e -> e.isEnriched() && e.baseCode().startsWith(prefix + ".")).map(OverviewEntry::name).toList();
        Map<Integer, String> byNumeral = new LinkedHashMap<>();
        bases.forEach(e -> byNumeral.putIfAbsent(Texts.trailingRoman(e.name()), e.name()));
        byNumeral.remove(0);
        List<Para> paragraphs = Paragraphs.of(headings.blocks(heading.index() + 1, headings.end(heading)));
        List<Para> competencyPart = Paragraphs.untilSubheading(paragraphs);
        var statements = new GroupStatements(name, mentions, byNumeral, letters).read(competencyPart);
        return new GroupText(heading.number(), name, prefix, paragraphs.isEmpty() ? null : paragraphs.getFirst().text(),
                bases.stream().map(OverviewEntry::name).toList(), enriched, GroupPhrases.examples(competencyPart),
                statements.stated, statements.scope, statements.considered, GroupPhrases.abbreviations(competencyPart),
                statements.levels, heading.at());
    }

    /** The words of a heading after its label word ("Functiegroep Publiek" → "Publiek"), tolerant of typos. */
    static String nameAfterLabel(String title, String label) {
        String[] words = title.strip().split("\\s+", 2);
        return words.length == 2 && Spelling.same(words[0], label) ? words[1].strip() : title.strip();
    }

    static boolean startsWithLabel(String title, String label) {
        String[] words = title.strip().split("\\s+", 2);
        return words.length == 2 && Spelling.same(words[0], label);
    }
}
