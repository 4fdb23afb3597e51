package nl.functiehuis.importer.format;

import nl.functiehuis.importer.blocks.SourceDocument;

/** One file format read into blocks. */
public interface Format {

    /** The name users know, e.g. "Word (.docx)". */
    String label();

    /** The media type a download of such a file is served as, e.g. "application/pdf". */
    String mediaType();

    SourceDocument read(String source, byte[] content, Limits limits) throws DocumentRefused;
}
