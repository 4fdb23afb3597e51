package nl.functiehuis.importer;

import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * A kind of document the importer understands. The parser asks every genre how well a document fits
 * (by its structure: headings, tables, labels, level patterns) and lets the best one read it.
 */
public interface Genre {

    DocumentKind kind();

    /** How well the document fits this genre, from 0 (not at all) to 1 (certainly). */
    double fit(SourceDocument document);

    /** Reads the document; problems that do not stop the import go to the report. */
    ParsedDocument parse(SourceDocument document, ImportReport report);
}
