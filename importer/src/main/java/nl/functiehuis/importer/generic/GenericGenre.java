package nl.functiehuis.importer.generic;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.importer.DocumentFacts;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.ImportDraft;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.Section;

/**
 * Keeps a document no genre recognised as a generic profile: the first line is the title, short lines
 * without closing punctuation start sections, everything else is kept under the section it follows.
 */
public final class GenericGenre implements Genre {

    /** The facts of a generic document: the headings it was split on. */
    public record GenericFacts(List<String> headings) implements DocumentFacts {}

    @Override
    public DocumentKind kind() {
        return DocumentKind.GENERIC;
    }

    @Override
    public double fit(SourceDocument document) {
        return 0.1;
    }

    @Override
    public ParsedDocument parse(SourceDocument document, ImportReport report) {
        Block first = document.get(0);
        String title = first.isRow() ? first.cell(0).text() : first.text();
        title = title.isBlank() ? document.source() : clip(title, 200);
        List<Section> sections = new ArrayList<>();
        String heading = "Tekst";
        List<String> paragraphs = new ArrayList<>();
        for (Block block : document.range(1, document.size())) {
            if (looksLikeHeading(block)) {
                add(sections, heading, paragraphs);
                heading = block.text().strip();
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(block.isRow() ? String.join(" | ", block.cells().stream().map(c -> c.text()).toList())
                        : block.text());
            }
        }
        add(sections, heading, paragraphs);
        report.warn(first.at(), "opmaak niet herkend: bewaard als ongestructureerd profiel met "
                + sections.size() + " secties; controleer en vul het profiel aan");
        var profile = new GenericProfile(new ProfileCode(code(title)), title, null, document.source(), sections);
        var draft = new ImportDraft(List.of(), List.of(), List.of(),
                List.of(new DraftProfile(profile, VersionStatus.CONCEPT, null)), List.of());
        var facts = new GenericFacts(sections.stream().map(Section::heading).toList());
        return new ParsedDocument(document.source(), kind(), title, draft, facts, report.entries());
    }

    static boolean looksLikeHeading(Block block) {
        String t = block.text().strip();
        return !block.isRow() && !block.isBulleted() && t.length() <= 60 && !t.matches(".*[.;,]$")
                && Character.isUpperCase(t.codePointAt(0));
    }

    static String code(String title) {
        String slug = ProfileCode.slugOf(title);
        String code = "GEN-" + (slug.isEmpty() ? "DOCUMENT" : slug);
        return code.length() > 60 ? code.substring(0, 60).replaceAll("[-.]+$", "") : code;
    }

    private static void add(List<Section> sections, String heading, List<String> paragraphs) {
        if (!paragraphs.isEmpty()) {
            sections.add(new Section(heading, paragraphs));
        }
    }

    private static String clip(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
