package nl.functiehuis.importer.uwv;

import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.Genre;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.SourceDocument;

/** Not yet recognised: claims no document. */
public final class OrganisationProfileGenre implements Genre {

    @Override
    public DocumentKind kind() {
        return DocumentKind.ORGANISATION_PROFILE;
    }

    @Override
    public double fit(SourceDocument document) {
        return 0;
    }

    @Override
    public ParsedDocument parse(SourceDocument document, ImportReport report) {
        throw new UnsupportedOperationException("OrganisationProfileGenre is not implemented yet");
    }
}
