package nl.functiehuis.importer.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;

/**
 * A zip file (docx, odt) read from memory through its central directory, so entries can be listed
 * and checked ({@link ZipGuard}) before anything is unpacked; entries are unpacked with a bound, and
 * refused when they unpack to more than they declare or at a bomb-like ratio.
 */
final class ZipContainer implements AutoCloseable {
    /** Entries that unpack to more than this many times their packed size are suspect. */
    static final int MAX_RATIO = 100;
    /** Below this unpacked size a high ratio is harmless (e.g. an XML file of repeated empty rows). */
    static final long RATIO_GRACE = 1024 * 1024;

    final String source;
    private final ZipFile zip;

    private ZipContainer(String source, ZipFile zip) {
        this.source = source;
        this.zip = zip;
    }

    static ZipContainer open(String source, byte[] content, String kind) throws DocumentRefused {
        try {
            return new ZipContainer(source, ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get());
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused(source + " is geen geldig " + kind + " (beschadigd of onvolledig zip-bestand)", e);
        }
    }

    List<ZipArchiveEntry> entries() {
        return Collections.list(zip.getEntries());
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The entry's bytes, refused when it unpacks to more than {@code max} bytes. */
    Optional<byte[]> read(String name, long max) throws DocumentRefused {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        unpack(entry, out, max);
        return Optional.of(out.toByteArray());
    }

    /**
     * Unpacks an entry into {@code sink} ({@code null}: only count), refusing it beyond {@code max} bytes,
     * beyond its declared size, or at a bomb-like ratio. Returns the number of bytes unpacked.
     */
    long unpack(ZipArchiveEntry entry, @Nullable ByteArrayOutputStream sink, long max) throws DocumentRefused {
        long compressed = Math.max(1, entry.getCompressedSize());
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                count += n;
                if (entry.getSize() >= 0 && count > entry.getSize()) {
                    throw new DocumentRefused(source + " lijkt een zip-bom: onderdeel " + entry.getName()
                            + " pakt uit tot meer dan de opgegeven " + entry.getSize() + " bytes");
                }
                if (count > RATIO_GRACE && count / compressed > MAX_RATIO) {
                    throw bomb(entry.getName(), count / compressed);
                }
                if (count > max) {
                    throw new DocumentRefused(source + ": onderdeel " + entry.getName() + " is uitgepakt groter dan "
                            + max / (1024 * 1024) + " MB; zo'n groot document wordt niet gelezen");
                }
                if (sink != null) {
                    sink.write(buffer, 0, n);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(entry.getName(), e);
        }
        return count;
    }

    /** The first bytes of an entry as text, to look at its XML prolog or its mimetype. */
    String head(String name, int length) throws DocumentRefused {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(length), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            throw unreadable(name, e);
        }
    }

    DocumentRefused bomb(String name, long ratio) {
        return new DocumentRefused(source + " lijkt een zip-bom (uitpakverhouding 1:" + ratio + " in onderdeel " + name + ")");
    }

    private DocumentRefused unreadable(String name, Exception e) {
        return new DocumentRefused(source + ": onderdeel " + name + " kan niet worden uitgepakt ("
                + e.getClass().getSimpleName() + ")", e);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // memory only: nothing to release
        }
    }
}
