package nl.functiehuis.importer.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * Writes a minimal OpenDocument text file: {@code mimetype} stored first, a manifest, and a
 * {@code content.xml} with paragraphs, lists ({@code text:list-item}) and tables whose cells hold
 * their items as paragraphs, list items inside a {@code text:list}.
 */
public final class ToOdt {
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

    private ToOdt() {}

    public static byte[] convert(SourceDocument document) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            put(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>");
            put(zip, "content.xml", content(document));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }

    static String content(SourceDocument document) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>");
        String open = "";
        for (Block block : document.blocks()) {
            String wanted = block.isRow() ? "table:table" : block.isBulleted() ? "text:list" : "";
            if (!wanted.equals(open)) {
                xml.append(open.isEmpty() ? "" : "</" + open + ">").append(wanted.isEmpty() ? "" : "<" + wanted + ">");
                open = wanted;
            }
            if (block.isRow()) {
                row(xml, block.cells());
            } else if (block.isBulleted()) {
                xml.append("<text:list-item>").append(p(block.text())).append("</text:list-item>");
            } else {
                xml.append(p(block.text()));
            }
        }
        xml.append(open.isEmpty() ? "" : "</" + open + ">");
        return xml.append("</office:text></office:body></office:document-content>").toString();
    }

    private static void row(StringBuilder xml, List<Cell> cells) {
        xml.append("<table:table-row>");
        for (Cell cell : cells) {
            xml.append("<table:table-cell>");
            List<Boolean> listed = CellItems.listed(cell);
            for (int i = 0; i < cell.items().size(); i++) {
                String p = p(cell.items().get(i));
                xml.append(listed.get(i) ? "<text:list><text:list-item>" + p + "</text:list-item></text:list>" : p);
            }
            xml.append("</table:table-cell>");
        }
        xml.append("</table:table-row>");
    }

    /** A paragraph; tabs, line breaks and runs of spaces written as ODF elements. */
    private static String p(String text) {
        String escaped = ToHtml.escape(text).replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>");
        return "<text:p>" + SPACES.matcher(escaped).replaceAll(m -> " <text:s text:c=\"" + (m.group().length() - 1) + "\"/>") + "</text:p>";
    }
}
