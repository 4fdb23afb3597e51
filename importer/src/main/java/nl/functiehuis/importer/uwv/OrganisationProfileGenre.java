package nl.functiehuis.importer.uwv;

import java.util.List;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.ImportDraft;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * An organisation's own function profile (UWV style): a cover sheet of "Label: value" pairs (name, code,
 * indeling, status, ingangsdatum, werk- en denkniveau, competency lists), a result-area table (resultaatgebied,
 * kernactiviteit, resultaat; "n.v.t." rows), a behaviour-competency table (definitie, gedragsvoorbeeld) and
 * headed sections for kaders, vakinhoudelijke competenties and context.
 */
public final class OrganisationProfileGenre implements Genre {
    private static final double SHEET = 0.35;
    private static final double TABLE = 0.25;
    private static final double NOT_APPLICABLE_ROWS = 0.05;
    private static final double HEADINGS = 0.1;
    private static final int FULL_SHEET = 5;

    @Override
    public DocumentKind kind() {
        return DocumentKind.ORGANISATION_PROFILE;
    }

    @Override
    public double fit(SourceDocument document) {
        CoverSheet cover = CoverSheet.find(document);
        long fields = cover.entries().stream().map(SummaryEntry::field).distinct().count();
        Outline outline = Outline.of(document, cover.start(), cover.end());
        double score = SHEET * Math.min(1, fields / (double) FULL_SHEET);
        var results = outline.header(ProfilePart.RESULTS);
        if (results.isPresent()) {
            score += TABLE;
            boolean notApplicable = document.range(results.get().index() + 1, document.size()).stream()
                    .takeWhile(Block::isRow)
                    .anyMatch(b -> Spelling.fold(b.cell(1).text()).equals(Labels.NOT_APPLICABLE));
            score += notApplicable ? NOT_APPLICABLE_ROWS : 0;
        }
        score += outline.header(ProfilePart.BEHAVIOUR).isPresent() ? TABLE : 0;
        long headed = List.of(ProfilePart.ORGANOGRAM, ProfilePart.FRAMEWORKS, ProfilePart.PROFESSIONAL, ProfilePart.CONTEXT)
                .stream().filter(p -> outline.mark(p).isPresent()).count();
        return Math.min(1, score + HEADINGS * headed / 4);
    }

    @Override
    public ParsedDocument parse(SourceDocument document, ImportReport report) {
        var read = OrganisationProfileReader.read(document, report);
        List<String> texts = document.blocks().stream().map(Block::text).toList();
        var draft = ProfileDraft.build(read, texts, report);
        report.info(read.facts().titleAt(), "functieprofiel " + draft.profile().code() + " '" + draft.profile().title()
                + "' gelezen: " + read.areas().size() + " resultaatgebieden, " + read.competencies().size()
                + " gedragscompetenties, status " + draft.status().label());
        var importDraft = new ImportDraft(List.of(), List.of(), List.of(), List.of(draft), List.of());
        return new ParsedDocument(document.source(), kind(), read.facts().title(), importDraft, read.facts(),
                report.entries());
    }
}
