package nl.functiehuis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

/** Reads a bounded UTF-8 text file, refusing what is not one; writes a file in one step. */
final class FileText {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Locale DUTCH = Locale.of("nl", "NL");

    private FileText() {}

    /** The file's text, or {@link BadInput} naming the file when it is missing, too large or not UTF-8 text. */
    static String read(Path file) {
        return decode(file.toString(), bytes(file));
    }

    /** The file's bytes, or {@link BadInput} naming the file when it is missing, not a file or too large. */
    static byte[] bytes(Path file) {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw new BadInput(source, "bestand niet gevonden");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInput(source, "is geen gewoon bestand");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(source, Files.size(file));
            }
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadInput(source, "kan niet gelezen worden: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        return bytes;
    }

    private static BadInput tooLarge(String source, long size) {
        return new BadInput(source, String.format(DUTCH, "bestand is te groot (%,d bytes; hoogstens %d MB); er is niets geladen",
                size, MAX_BYTES / 1024 / 1024));
    }

    private static String decode(String source, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInput(source, "is geen UTF-8-tekst (ongeldige byte op positie " + in.position()
                    + "); er is niets geladen");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.indexOf('\0') >= 0) {
            throw new BadInput(source, "is een binair bestand, geen JSON-tekst; er is niets geladen");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Writes UTF-8 text to a temporary file beside the target and moves it into place. */
    static void writeAtomically(Path target, String text) throws IOException {
        writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to a temporary file beside the target and moves it into place. */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
