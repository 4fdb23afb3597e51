package nl.functiehuis.importer.hiring;

import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.SourceDocument;

/** Not yet recognised: claims no document. */
public final class HiringRequestGenre implements Genre {

    @Override
    public DocumentKind kind() {
        return DocumentKind.HIRING_REQUEST;
    }

    @Override
    public double fit(SourceDocument document) {
        return 0;
    }

    @Override
    public ParsedDocument parse(SourceDocument document, ImportReport report) {
        throw new UnsupportedOperationException("HiringRequestGenre is not implemented yet");
    }
}
