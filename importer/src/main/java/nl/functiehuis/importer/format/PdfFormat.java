package nl.functiehuis.importer.format;

import java.io.IOException;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF through PDFBox, in memory bounded by the limits. A tagged (accessible) PDF is read through its
 * structure tree, so paragraphs, lists and table cells come back as written ({@link PdfStructure});
 * any other PDF line by line, wide gaps read as cell boundaries ({@link PdfLines}). Every encrypted
 * PDF is refused, whether it needs a password to open or only has an owner password; so is one without
 * its end marker, and one whose page contents inflate like a bomb ({@link PdfContentCheck}).
 */
final class PdfFormat implements Format {
    static final String KIND = "PDF-bestand";
    /** A tagged reading that recovers less than this share of the page text falls back to lines. */
    static final double TAGGED_COVERAGE = 0.7;
    private static final String ENCRYPTED = " is versleuteld (met een wachtwoord beveiligd) en wordt niet gelezen;"
            + " bewaar het zonder beveiliging en importeer het opnieuw";
    /** Far beyond any profile document; keeps the time to read one within seconds. */
    static final int MAX_PAGES = 1000;

    @Override
    public String label() {
        return "PDF (.pdf)";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public SourceDocument read(String source, byte[] content, Limits limits) throws DocumentRefused {
        if (!Formats.head(tail(content), 2048).contains("%%EOF")) {
            throw new DocumentRefused(source + " is geen geldig " + KIND + ": het einde ontbreekt (onvolledig of beschadigd)");
        }
        try (PDDocument doc = load(source, content, limits)) {
            if (doc.isEncrypted()) {
                throw new DocumentRefused(source + ENCRYPTED);
            }
            if (doc.getNumberOfPages() > MAX_PAGES) {
                throw new DocumentRefused(source + " heeft " + doc.getNumberOfPages() + " pagina's; meer dan "
                        + MAX_PAGES + " wordt niet gelezen");
            }
            new PdfContentCheck(source, limits).check(doc);
            SourceDocument lines = new PdfLines(source, limits).read(doc);
            if (doc.getDocumentCatalog().getStructureTreeRoot() != null) {
                SourceDocument tagged = new PdfStructure(source, limits, doc).read();
                if (letters(tagged) >= TAGGED_COVERAGE * letters(lines)) {
                    return tagged;
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused(source + " is geen geldig " + KIND + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static PDDocument load(String source, byte[] content, Limits limits) throws DocumentRefused {
        try {
            return Loader.loadPDF(content, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(limits.maxUnpackedBytes()).streamCache);
        } catch (InvalidPasswordException e) {
            throw new DocumentRefused(source + ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused(source + " is geen geldig " + KIND + " (beschadigd: " + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static byte[] tail(byte[] content) {
        int from = Math.max(0, content.length - 2048);
        return java.util.Arrays.copyOfRange(content, from, content.length);
    }

    private static long letters(SourceDocument document) {
        long n = 0;
        for (Block block : document.blocks()) {
            n += block.text().chars().filter(Character::isLetterOrDigit).count();
        }
        return n;
    }
}
