package nl.functiehuis.importer.booklet.front;

import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.SourceDocument;

/** Reads the front matter of a booklet: the blocks before the first profile heading. */
public final class FrontMatterReader {
    private FrontMatterReader() {}

    /** {@code profilesStart} is the index of the block where the full profile texts begin. */
    public static FrontMatter read(SourceDocument document, int profilesStart, ImportReport report) {
        return FrontMatter.empty();
    }
}
