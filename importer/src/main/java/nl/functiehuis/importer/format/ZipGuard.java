package nl.functiehuis.importer.format;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * Checks a zip container before a library reads it: the sizes its directory declares, then every entry
 * unpacked once while counting only (a zip that lies about its sizes is caught within its first
 * megabyte), and no XML part with a DOCTYPE. Cheap for honest files (a docx is a few MB).
 */
final class ZipGuard {
    private ZipGuard() {}

    /** Refuses the file when its entries, as declared, unpack to more than allowed or at a bomb-like ratio. */
    static void checkDeclaredSizes(ZipContainer zip, Limits limits) throws DocumentRefused {
        long packed = 0;
        long unpacked = 0;
        for (ZipArchiveEntry e : zip.entries()) {
            long size = e.getSize() < 0 ? Long.MAX_VALUE / 4 : e.getSize();
            long compressed = Math.max(1, e.getCompressedSize());
            if (size > ZipContainer.RATIO_GRACE && size / compressed > ZipContainer.MAX_RATIO) {
                throw zip.bomb(e.getName(), size / compressed);
            }
            packed += compressed;
            unpacked += size;
        }
        if (unpacked > limits.maxUnpackedBytes()) {
            throw new DocumentRefused(zip.source + " lijkt een zip-bom: uitgepakt " + unpacked / (1024 * 1024)
                    + " MB (uitpakverhouding 1:" + unpacked / Math.max(1, packed) + "), meer dan de toegestane "
                    + limits.maxUnpackedBytes() / (1024 * 1024) + " MB");
        }
    }

    /** Unpacks every entry, counting: XML parts may not exceed {@code maxXmlPart}, all together not the limits. */
    static void checkUnpacking(ZipContainer zip, Limits limits, long maxXmlPart) throws DocumentRefused {
        checkUnpacking(zip, limits, maxXmlPart, Set.of());
    }

    /** As {@link #checkUnpacking(ZipContainer, Limits, long)}, keeping the bytes of the entries named in {@code keep}. */
    static Map<String, byte[]> checkUnpacking(ZipContainer zip, Limits limits, long maxXmlPart, Set<String> keep)
            throws DocumentRefused {
        Map<String, byte[]> kept = new HashMap<>();
        long total = 0;
        for (ZipArchiveEntry entry : zip.entries()) {
            long max = entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml") ? maxXmlPart : limits.maxUnpackedBytes();
            ByteArrayOutputStream sink = keep.contains(entry.getName()) && !kept.containsKey(entry.getName())
                    ? new ByteArrayOutputStream((int) Math.min(Math.max(entry.getSize(), 0), max) + 16) : null;
            total += zip.unpack(entry, sink, max);
            if (sink != null) {
                kept.put(entry.getName(), sink.toByteArray());
            }
            if (total > limits.maxUnpackedBytes()) {
                throw new DocumentRefused(zip.source + " lijkt een zip-bom: uitgepakt meer dan de toegestane "
                        + limits.maxUnpackedBytes() / (1024 * 1024) + " MB");
            }
        }
        return kept;
    }

    /** Refuses XML parts that declare a document type: office files never need one, entity attacks do. */
    static void refuseDoctypes(ZipContainer zip, String kind) throws DocumentRefused {
        for (ZipArchiveEntry entry : zip.entries()) {
            String name = entry.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            if ((lower.endsWith(".xml") || lower.endsWith(".rels"))
                    && zip.head(name, 64 * 1024).toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
                throw new DocumentRefused(zip.source + " is geen geldig " + kind + ": onderdeel " + name
                        + " bevat een DOCTYPE-declaratie (niet toegestaan, mogelijk een XML-entiteitaanval)");
            }
        }
    }
}
