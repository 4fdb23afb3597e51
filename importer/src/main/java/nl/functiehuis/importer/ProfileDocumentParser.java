package nl.functiehuis.importer;

import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.format.DocumentRefused;
import nl.functiehuis.importer.format.Formats;
import nl.functiehuis.importer.format.Limits;

/**
 * Reads one document: detects its format, reads it into blocks, lets the genre that fits best build
 * the drafts, and falls back to a generic profile when no genre fits. Never returns half a document:
 * any failure is a {@link ParseResult.Rejected} with a reason.
 */
public final class ProfileDocumentParser {
    /** Below this fit no genre claims a document and the generic genre reads it. */
    static final double MINIMUM_FIT = 0.35;

    private final List<Genre> genres;
    private final Genre fallback;
    private final Limits limits;

    public ProfileDocumentParser() {
        this(Genres.recognised(), Genres.fallback(), Limits.DEFAULT);
    }

    public ProfileDocumentParser(List<Genre> genres, Genre fallback, Limits limits) {
        this.genres = List.copyOf(genres);
        this.fallback = fallback;
        this.limits = limits;
    }

    public ParseResult parse(String source, byte[] content) {
        if (content.length > limits.maxBytes()) {
            return new ParseResult.Rejected(source, source + ": bestand is groter dan "
                    + limits.maxBytes() / (1024 * 1024) + " MB");
        }
        try {
            SourceDocument document = Formats.detect(source, content).read(source, content, limits);
            if (document.size() == 0) {
                return new ParseResult.Rejected(source, source + ": het document bevat geen tekst");
            }
            Genre genre = choose(document);
            return new ParseResult.Parsed(genre.parse(document, new ImportReport()));
        } catch (DocumentRefused e) {
            return new ParseResult.Rejected(source, e.getMessage());
        } catch (InvalidValue e) {
            return new ParseResult.Rejected(source, source + ": onbruikbare waarde, " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new ParseResult.Rejected(source, source + ": kon niet worden gelezen (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /**
     * The genre that fits best (the first of equals), if it fits at all. Fits are at most 1, so once a
     * genre is certain no later one can beat it and the others' (costly) fits are not computed.
     */
    Genre choose(SourceDocument document) {
        Genre best = fallback;
        double bestFit = MINIMUM_FIT;
        boolean found = false;
        for (Genre genre : genres) {
            double fit = genre.fit(document);
            if (fit >= MINIMUM_FIT && (!found || fit > bestFit)) {
                best = genre;
                bestFit = fit;
                found = true;
            }
            if (found && bestFit >= 1) {
                break;
            }
        }
        return best;
    }
}
