package nl.functiehuis.importer.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A zip file (docx, odt) read from memory through its central directory, so entries can be listed
 * and checked against the limits before anything is unpacked; entries are read with a bound.
 */
final class ZipContainer implements AutoCloseable {
    /** Entries that unpack to more than this many times their packed size are suspect. */
    static final int MAX_RATIO = 100;
    /** Below this unpacked size a high ratio is harmless (e.g. an XML file of repeated empty rows). */
    static final long RATIO_GRACE = 1024 * 1024;

    private final String source;
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

    List<String> names() {
        List<String> names = new ArrayList<>();
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            names.add(e.getName());
        }
        return names;
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** Refuses the file when its entries, as declared, unpack to more than allowed or at a bomb-like ratio. */
    void checkSizes(Limits limits) throws DocumentRefused {
        long packed = 0;
        long unpacked = 0;
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            long size = e.getSize() < 0 ? Long.MAX_VALUE / 4 : e.getSize();
            long compressed = Math.max(1, e.getCompressedSize());
            if (size > RATIO_GRACE && size / compressed > MAX_RATIO) {
                throw bomb(e.getName(), size / compressed);
            }
            packed += compressed;
            unpacked += size;
        }
        if (unpacked > limits.maxUnpackedBytes()) {
            throw new DocumentRefused(source + " lijkt een zip-bom: uitgepakt " + unpacked / (1024 * 1024)
                    + " MB (uitpakverhouding 1:" + unpacked / Math.max(1, packed) + "), meer dan de toegestane "
                    + limits.maxUnpackedBytes() / (1024 * 1024) + " MB");
        }
    }

    /**
     * Unpacks every entry without keeping it, counting: refuses entries that unpack to more than they
     * declare (a lying zip bomb) or at a bomb-like ratio, XML parts beyond {@code maxXmlPart}, and a
     * total beyond the limits. Cheap for honest
     * files (a docx is a few MB), and stops early for bombs.
     */
    void checkUnpacking(Limits limits, long maxXmlPart) throws DocumentRefused {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            long compressed = Math.max(1, entry.getCompressedSize());
            long count = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    count += n;
                    total += n;
                    if (entry.getSize() >= 0 && count > entry.getSize()) {
                        throw new DocumentRefused(source + " lijkt een zip-bom: onderdeel " + entry.getName()
                                + " pakt uit tot meer dan de opgegeven " + entry.getSize() + " bytes");
                    }
                    if (count > RATIO_GRACE && count / compressed > MAX_RATIO) {
                        throw bomb(entry.getName(), count / compressed);
                    }
                    if (count > maxXmlPart && entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                        throw new DocumentRefused(source + ": onderdeel " + entry.getName() + " is uitgepakt groter dan "
                                + maxXmlPart / (1024 * 1024) + " MB; zo'n groot document wordt niet gelezen");
                    }
                    if (total > limits.maxUnpackedBytes()) {
                        throw new DocumentRefused(source + " lijkt een zip-bom: uitgepakt meer dan de toegestane "
                                + limits.maxUnpackedBytes() / (1024 * 1024) + " MB");
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new DocumentRefused(source + ": onderdeel " + entry.getName() + " kan niet worden uitgepakt ("
                        + e.getClass().getSimpleName() + ")", e);
            }
        }
    }

    /** The entry's bytes, refused when it unpacks to more than {@code max} bytes or at a bomb-like ratio. */
    Optional<byte[]> read(String name, long max) throws DocumentRefused {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return Optional.empty();
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new DocumentRefused(source + ": onderdeel " + name + " is uitgepakt groter dan "
                            + max / (1024 * 1024) + " MB");
                }
                if (total > RATIO_GRACE && total / compressed > MAX_RATIO) {
                    throw bomb(name, total / compressed);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused(source + ": onderdeel " + name + " kan niet worden uitgepakt ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        return Optional.of(out.toByteArray());
    }

    /** The first bytes of an entry as text, to look at its XML prolog. */
    String head(String name, int length) throws DocumentRefused {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused(source + ": onderdeel " + name + " kan niet worden uitgepakt ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Refuses XML entries that declare a document type: office files never need one, entity attacks do. */
    void refuseDoctypes(String kind) throws DocumentRefused {
        for (String name : names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if ((lower.endsWith(".xml") || lower.endsWith(".rels")) && head(name, 64 * 1024).toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
                throw new DocumentRefused(source + " is geen geldig " + kind + ": onderdeel " + name
                        + " bevat een DOCTYPE-declaratie (niet toegestaan, mogelijk een XML-entiteitaanval)");
            }
        }
    }

    private DocumentRefused bomb(String name, long ratio) {
        return new DocumentRefused(source + " lijkt een zip-bom (uitpakverhouding 1:" + ratio + " in onderdeel " + name + ")");
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
