package nl.functiehuis.importer.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.convert.ToDocx;
import nl.functiehuis.importer.convert.ToOdt;

/** Files made to hurt a reader, built in the test from a small docx of our own. */
final class HostileFiles {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private HostileFiles() {}

    static SourceDocument small() {
        return new SourceDocument("klein.txt", List.of(
                Block.paragraph(Location.line(1), "Functieprofiel Beheerder openbare ruimte", null)));
    }

    static byte[] smallDocx() {
        return ToDocx.convert(small());
    }

    static byte[] smallOdt() {
        return ToOdt.convert(small());
    }

    /** A docx whose document.xml unpacks to {@code gigabytes} GB of one letter; its size declared truly or as 1 KB. */
    static byte[] zipBombDocx(int gigabytes, boolean declareTruly) throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
                + "\"><w:body><w:p><w:r><w:t>";
        return zipBomb(smallDocx(), "word/document.xml", head, "</w:t></w:r></w:p></w:body></w:document>", gigabytes, declareTruly);
    }

    /** An odt whose content.xml unpacks to {@code gigabytes} GB of one letter, its size declared truly. */
    static byte[] zipBombOdt(int gigabytes) throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"" + OFFICE
                + "\" xmlns:text=\"" + TEXT + "\"><office:body><office:text><text:p>";
        return zipBomb(smallOdt(), "content.xml", head, "</text:p></office:text></office:body></office:document-content>",
                gigabytes, true);
    }

    private static byte[] zipBomb(byte[] container, String entry, String prefix, String suffix, int gigabytes,
            boolean declareTruly) throws IOException {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'A');
        int chunks = gigabytes * 1024;
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        stored.writeBytes(flushed(deflater, head));
        byte[] repeated = flushed(deflater, chunk);
        CRC32 crc = new CRC32();
        crc.update(head);
        for (int i = 0; i < chunks; i++) {
            stored.writeBytes(repeated);
            crc.update(chunk);
        }
        stored.writeBytes(flushed(deflater, tail));
        crc.update(tail);
        deflater.finish();
        byte[] end = new byte[64];
        stored.write(end, 0, deflater.deflate(end));
        deflater.end();
        long size = head.length + (long) chunks * chunk.length + tail.length;
        return replace(container, entry,
                new RawZip.Entry(entry, stored.toByteArray(), true, crc.getValue(), declareTruly ? size : 1024));
    }

    /** Deflated input ending on a full flush: a run of blocks that can be repeated as it is. */
    static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    /** A docx whose document.xml declares an external entity for /etc/passwd and uses it, after {@code padding} bytes of comment. */
    static byte[] externalEntityDocx(int padding) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!--" + "x".repeat(padding) + "-->"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>Geheim: &xxe;</w:t></w:r></w:p></w:body></w:document>";
        return replace(smallDocx(), "word/document.xml", stored("word/document.xml", xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** An odt whose content.xml declares an external entity for /etc/passwd and uses it. */
    static byte[] externalEntityOdt() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<office:document-content xmlns:office=\"" + OFFICE + "\" xmlns:text=\"" + TEXT + "\">"
                + "<office:body><office:text><text:p>Geheim: &xxe;</text:p></office:text></office:body></office:document-content>";
        return replace(smallOdt(), "content.xml", stored("content.xml", xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A docx whose document.xml holds {@code megabytes} MB of random letters, stored uncompressed. */
    static byte[] hugeDocx(int megabytes) throws IOException {
        Random random = new Random(3);
        byte[] letters = new byte[megabytes * 1024 * 1024];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (byte) (i % 80 == 79 ? ' ' : 'a' + random.nextInt(26));
        }
        byte[] head = ("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        xml.writeBytes(head);
        xml.writeBytes(letters);
        xml.writeBytes(tail);
        return replace(smallDocx(), "word/document.xml", stored("word/document.xml", xml.toByteArray()));
    }

    static byte[] brokenXmlDocx() throws IOException {
        byte[] xml = ("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>open").getBytes(StandardCharsets.UTF_8);
        return replace(smallDocx(), "word/document.xml", stored("word/document.xml", xml));
    }

    static byte[] random(int bytes, long seed) {
        byte[] content = new byte[bytes];
        new Random(seed).nextBytes(content);
        return content;
    }

    static byte[] truncated(byte[] content) {
        return Arrays.copyOf(content, content.length / 2);
    }

    static RawZip.Entry stored(String name, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return new RawZip.Entry(name, data, false, crc.getValue(), data.length);
    }

    /** The docx with one entry replaced, all others stored as they unpack. */
    static byte[] replace(byte[] docx, String name, RawZip.Entry replacement) throws IOException {
        List<RawZip.Entry> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.add(e.getName().equals(name) ? replacement : stored(e.getName(), zip.readAllBytes()));
            }
        }
        return RawZip.write(entries);
    }
}
