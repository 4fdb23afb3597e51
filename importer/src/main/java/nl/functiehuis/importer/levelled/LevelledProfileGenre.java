package nl.functiehuis.importer.levelled;

import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.SourceDocument;

/** Not yet recognised: claims no document. */
public final class LevelledProfileGenre implements Genre {

    @Override
    public DocumentKind kind() {
        return DocumentKind.LEVELLED_PROFILE;
    }

    @Override
    public double fit(SourceDocument document) {
        return 0;
    }

    @Override
    public ParsedDocument parse(SourceDocument document, ImportReport report) {
        throw new UnsupportedOperationException("LevelledProfileGenre is not implemented yet");
    }
}
