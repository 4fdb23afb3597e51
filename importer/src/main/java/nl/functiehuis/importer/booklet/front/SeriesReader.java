package nl.functiehuis.importer.booklet.front;

import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.booklet.front.Paragraphs.Para;

/**
 * Reads the function series section: the heading "Functiereeks Name" (its name recased from the contents
 * when the heading is in capitals), its opening paragraph, code prefix and its group subsections.
 */
final class SeriesReader {
    static final String SERIES_LABEL = "Functiereeks";

    private SeriesReader() {}

    static Optional<Heading> heading(Headings headings) {
        return headings.first(h -> !h.isPart() && GroupReader.startsWithLabel(h.title(), SERIES_LABEL));
    }

    static List<Heading> groupHeadings(Headings headings, Heading series) {
        return headings.inside(series).stream()
                .filter(h -> GroupReader.startsWithLabel(h.title(), GroupReader.GROUP_LABEL)).toList();
    }

    static SeriesText read(Heading heading, Headings headings, List<ContentsEntry> contents, Overview overview,
            CompetencyMentions mentions, List<String> letters) {
        String title = heading.title();
        if (Texts.isAllCaps(title)) {
            title = contents.stream().filter(c -> heading.number().equals(c.number())).map(ContentsEntry::title)
                    .findFirst().orElse(title);
        }
        String name = GroupReader.nameAfterLabel(title, SERIES_LABEL);
        List<Heading> groupHeadings = groupHeadings(headings, heading);
        var functions = GroupFunctions.assign(groupHeadings.stream()
                .map(g -> GroupReader.nameAfterLabel(g.title(), GroupReader.GROUP_LABEL)).toList(), overview);
        List<GroupText> groups = groupHeadings.stream().map(g -> GroupReader.read(g, headings, overview,
                functions.get(GroupReader.nameAfterLabel(g.title(), GroupReader.GROUP_LABEL)), mentions, letters))
                .toList();
        List<String> prefixes = groups.stream().map(GroupText::codePrefix).filter(p -> p != null).map(p -> (String) p)
                .toList();
        String prefix = prefixes.size() > 1 ? Codes.commonPrefix(prefixes)
                : Codes.parent(prefixes.isEmpty() ? null : prefixes.getFirst());
        List<Para> own = Paragraphs.of(headings.blocks(heading.index() + 1, headings.ownEnd(heading)));
        return new SeriesText(heading.number(), name, prefix, own.isEmpty() ? null : own.getFirst().text(), groups,
                heading.at());
    }
}
