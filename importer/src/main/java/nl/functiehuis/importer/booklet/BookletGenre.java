package nl.functiehuis.importer.booklet;

import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * A CompetentieBOX function-series booklet (A+O fonds Gemeenten): a competency dictionary shown
 * through its profiles, a function series with groups, norm functions and enriched profiles linked to
 * MBO qualifications. See {@link BookletReader} for how it is read.
 */
public final class BookletGenre implements Genre {

    @Override
    public DocumentKind kind() {
        return DocumentKind.COMPETENCY_BOOKLET;
    }

    @Override
    public double fit(SourceDocument document) {
        return BookletFit.of(document);
    }

    @Override
    public ParsedDocument parse(SourceDocument document, ImportReport report) {
        return BookletReader.read(document, kind(), report);
    }
}
