package nl.functiehuis.importer.hiring;

import java.util.List;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.ImportDraft;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * A hiring request (inhuuropdracht): an offer block of label lines each followed by its value (werklocatie,
 * startdatum, uren, duur, verlenging, FSK, prijs/kwaliteit, tarief, verificatiegesprekken), then sections for
 * the tasks, eisen, competenties and wensen. Read into a vacancy draft.
 */
public final class HiringRequestGenre implements Genre {
    private static final double OFFER_LABELS = 0.5;
    private static final int FULL_OFFER = 5;
    private static final double OFFER_HEADING = 0.1;
    private static final double LISTED_SECTION = 0.1;

    @Override
    public DocumentKind kind() {
        return DocumentKind.HIRING_REQUEST;
    }

    @Override
    public double fit(SourceDocument document) {
        long fields = document.blocks().stream().map(OfferBlock::text).filter(OfferBlock::isLabel)
                .map(OfferBlock::field).flatMap(java.util.Optional::stream).map(m -> m.candidate()).distinct().count();
        double score = OFFER_LABELS * Math.min(1, fields / (double) FULL_OFFER);
        HiringOutline outline = HiringOutline.of(document);
        score += outline.heading(HiringSection.OFFER).isPresent() ? OFFER_HEADING : 0;
        for (HiringSection section : List.of(HiringSection.TASKS, HiringSection.REQUIREMENTS, HiringSection.COMPETENCIES,
                HiringSection.WISHES)) {
            score += outline.body(section).stream().anyMatch(Block::isBulleted) ? LISTED_SECTION : 0;
        }
        return Math.min(1, score);
    }

    @Override
    public ParsedDocument parse(SourceDocument document, ImportReport report) {
        var read = HiringRequestReader.read(document, report);
        var vacancy = read.vacancy();
        report.info(read.facts().titleAt(), "inhuuropdracht '" + vacancy.title() + "' gelezen: " + vacancy.tasks().size()
                + " taken, " + vacancy.requirements().size() + " eisen, " + vacancy.wishes().size() + " wensen, "
                + vacancy.competencies().size() + " competenties");
        var draft = new ImportDraft(List.of(), List.of(), List.of(), List.of(), List.of(vacancy));
        return new ParsedDocument(document.source(), kind(), vacancy.title(), draft, read.facts(), report.entries());
    }
}
