package nl.functiehuis.importer.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Chooses the format of a file by its first bytes, and by its name where the bytes do not tell. */
public final class Formats {
    static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*<(!doctype\\s+html|html|head|body|table|meta|title|\\?xml[^>]*>\\s*<html).*");

    private Formats() {}

    public static Format detect(String source, byte[] content) throws DocumentRefused {
        String name = source.toLowerCase(Locale.ROOT);
        if (head(content, 1024).contains("%PDF-")) {
            return new PdfFormat();
        }
        if (startsWith(content, "PK\u0003\u0004") || startsWith(content, "PK\u0005\u0006")) {
            return zipFormat(source, content);
        }
        if (startsWith(content, "\u00d0\u00cf\u0011\u00e0")) {
            throw new DocumentRefused(source + " is een versleuteld Word-bestand of een oud Office-formaat (.doc):"
                    + " sla het op als .docx zonder wachtwoord");
        }
        if (startsWith(content, "{\\rtf")) {
            throw new DocumentRefused(source + " is een RTF-bestand; sla het op als .docx, .odt of .pdf");
        }
        if (looksLikeHtml(name, head(content, 4096))) {
            return new HtmlFormat();
        }
        if (name.endsWith(".docx") || name.endsWith(".odt") || name.endsWith(".pdf")) {
            throw new DocumentRefused(source + " heeft de naam van een " + name.substring(name.lastIndexOf('.'))
                    + "-bestand, maar de inhoud is dat niet (beschadigd of verkeerd benoemd)");
        }
        return new TextFormat();
    }

    private static Format zipFormat(String source, byte[] content) throws DocumentRefused {
        String kind = source.toLowerCase(Locale.ROOT).endsWith(".odt") ? OdtFormat.KIND : DocxFormat.KIND;
        try (ZipContainer zip = ZipContainer.open(source, content, kind)) {
            if (zip.has("word/document.xml")) {
                return new DocxFormat();
            }
            if (zip.has("mimetype")) {
                String mimetype = zip.head("mimetype", 200).strip();
                if (mimetype.equals(ODT_MIMETYPE)) {
                    return new OdtFormat();
                }
                throw new DocumentRefused(source + ": OpenDocument-soort " + mimetype
                        + " wordt niet gelezen; alleen tekstdocumenten (.odt)");
            }
            if (zip.has("xl/workbook.xml") || zip.has("ppt/presentation.xml")) {
                throw new DocumentRefused(source + " is een Excel- of PowerPoint-bestand; alleen tekstdocumenten worden gelezen");
            }
            throw new DocumentRefused(source + ": onbekend zip-formaat (geen Word- of OpenDocument-tekstbestand)");
        }
    }

    /**
     * By name, or by a document that opens with an HTML element. A text export whose first cell holds an
     * HTML fragment ({@code <p>…}) stays text.
     */
    static boolean looksLikeHtml(String name, String head) {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String text = head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head;
        return HTML_START.matcher(text).matches();
    }

    /** The first bytes as ISO-8859-1 text: one char per byte, enough to compare ASCII signatures. */
    static String head(byte[] content, int length) {
        return new String(content, 0, Math.min(length, content.length), StandardCharsets.ISO_8859_1);
    }

    static boolean startsWith(byte[] content, String magic) {
        return head(content, magic.length()).equals(magic);
    }
}
