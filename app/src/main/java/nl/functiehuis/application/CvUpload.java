package nl.functiehuis.application;

import java.util.Locale;
import java.util.stream.Collectors;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.evaluation.Sizes;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.format.DocumentRefused;
import nl.functiehuis.importer.format.Format;
import nl.functiehuis.importer.format.Formats;
import nl.functiehuis.importer.format.Limits;
import org.jspecify.annotations.Nullable;

/**
 * A CV file as sent, checked: a PDF, Word (.docx), OpenDocument (.odt) or text file of at most 10 MB that the
 * importer's format readers can read (so a hostile or damaged file is refused), with the text read from it.
 * The format is found from the bytes, not from the name or the media type the sender claims.
 */
public record CvUpload(String name, String mediaType, byte[] content, @Nullable String text) {
    /** The largest CV file: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_TEXT = 200_000;

    /** Reads and checks the file; problems are an {@link InvalidValue} naming {@code field}. */
    public static CvUpload read(String field, @Nullable String originalName, byte @Nullable [] content) {
        String name = fileName(field, originalName);
        if (content == null || content.length == 0) {
            throw new InvalidValue(field, name + " is leeg");
        }
        checkSize(field, name, content.length);
        try {
            Format format = Formats.detect(name, content);
            if (format.mediaType().equals("text/html")) {
                throw new InvalidValue(field, name + " is een HTML-bestand; stuur een PDF, .docx, .odt of .txt");
            }
            var document = format.read(name, content, new Limits(MAX_BYTES, Limits.DEFAULT.maxBlocks(),
                    Limits.DEFAULT.maxUnpackedBytes()));
            String text = document.blocks().stream().map(Block::text).filter(t -> !t.isBlank())
                    .collect(Collectors.joining("\n"));
            return new CvUpload(name, format.mediaType(), content, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        } catch (DocumentRefused e) {
            throw new InvalidValue(field, e.getMessage());
        }
    }

    /** Refuses a file above {@link #MAX_BYTES}, before its bytes are read. */
    public static void checkSize(String field, @Nullable String name, long size) {
        if (size > MAX_BYTES) {
            throw new InvalidValue(field, (name == null ? "het bestand" : name) + " is " + bytes(size)
                    + "; een cv-bestand mag hoogstens " + Sizes.describe(MAX_BYTES) + " (" + bytes(MAX_BYTES) + ") zijn");
        }
    }

    private static String bytes(long size) {
        return String.format(Locale.ROOT, "%,d", size).replace(',', '.') + " bytes";
    }

    /** The name without folders a browser may send along; required, at most 200 characters, no control characters. */
    static String fileName(String field, @Nullable String original) {
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'),
                original.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw new InvalidValue(field, "de bestandsnaam ontbreekt");
        }
        if (name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue(field, "de bestandsnaam is te lang of bevat stuurtekens");
        }
        return name;
    }
}
