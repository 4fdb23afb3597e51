package nl.functiehuis.importer.booklet;

import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.SourceDocument;

/** Not yet recognised: claims no document. */
public final class BookletGenre implements Genre {

    @Override
    public DocumentKind kind() {
        return DocumentKind.COMPETENCY_BOOKLET;
    }

    @Override
    public double fit(SourceDocument document) {
        return 0;
    }

    @Override
    public ParsedDocument parse(SourceDocument document, ImportReport report) {
        throw new UnsupportedOperationException("BookletGenre is not implemented yet");
    }
}
