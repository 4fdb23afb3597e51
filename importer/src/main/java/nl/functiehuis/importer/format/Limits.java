package nl.functiehuis.importer.format;

/** Bounds on what a document may cost to read. */
public record Limits(long maxBytes, int maxBlocks, long maxUnpackedBytes) {
    /** 20 MB files, 200,000 blocks, 100 MB unpacked (docx/odt are zip files). */
    public static final Limits DEFAULT = new Limits(20L * 1024 * 1024, 200_000, 100L * 1024 * 1024);
}
