package nl.functiehuis.importer.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of each marked-content sequence (by page and MCID) of a tagged PDF, extracted page by
 * page on demand, with only the last few pages kept in memory.
 */
final class PdfMarkedText {
    static final int CACHED_PAGES = 8;

    private final PDDocument doc;
    /** Glyphs of the pages read last; a structure tree mostly walks the pages in order, so few are kept. */
    private final Map<Integer, Map<Integer, List<TextPosition>>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<Integer, List<TextPosition>>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private int lineBreaks;
    private int spacedLineBreaks;

    PdfMarkedText(PDDocument doc) {
        this.doc = doc;
    }

    List<TextPosition> glyphs(int pageIndex, int mcid) throws IOException {
        Map<Integer, List<TextPosition>> page = pages.get(pageIndex);
        if (page == null) {
            page = extract(doc.getPage(pageIndex));
            pages.put(pageIndex, page);
        }
        return page.getOrDefault(mcid, List.of());
    }

    private Map<Integer, List<TextPosition>> extract(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
        List<TextPosition> all = new ArrayList<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            collect(content, content.getMCID(), byMcid, all);
        }
        for (int i = 1; i < all.size(); i++) {
            if (newLine(all.get(i - 1), all.get(i))) {
                lineBreaks++;
                spacedLineBreaks += blank(all.get(i - 1)) ? 1 : 0;
            }
        }
        return byMcid;
    }

    /** Nested sequences without an MCID of their own belong to the enclosing one. */
    private static void collect(PDMarkedContent content, int mcid, Map<Integer, List<TextPosition>> byMcid,
            List<TextPosition> all) {
        int own = content.getMCID() >= 0 ? content.getMCID() : mcid;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph && own >= 0) {
                byMcid.computeIfAbsent(own, k -> new ArrayList<>()).add(glyph);
                all.add(glyph);
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, own, byMcid, all);
            }
        }
    }

    /**
     * Whether the writer of this PDF keeps the space at the end of a wrapped line, judged on the pages
     * read so far: writers that drop it (almost) never end a line with a blank glyph, writers that keep
     * it do so on a good share of all line ends (the rest are paragraph, cell and row ends).
     */
    private boolean writerKeepsSpaces() {
        return spacedLineBreaks >= 3 && spacedLineBreaks * 20 >= lineBreaks;
    }

    /**
     * Glyphs as text: a space where the gap to the previous glyph is wider than a fraction of a space.
     * At a line break a space is added, except where the line ends without one although the writer of
     * this PDF keeps such spaces (so there was none), or where it ends in a dash or slash or the next
     * starts with a slash (a break inside a word: "-problemen", "a/b").
     * Runs of white space are folded to one.
     */
    String text(List<TextPosition> glyphs) {
        boolean keepsSpaces = writerKeepsSpaces() || keepsSpaces(glyphs);
        StringBuilder text = new StringBuilder();
        TextPosition previous = null;
        for (TextPosition glyph : glyphs) {
            if (previous != null && (newLine(previous, glyph)
                    ? !blank(previous) && !keepsSpaces && !inWordBreak(previous, glyph)
                    : gap(previous, glyph) > 0.3f * space(previous))) {
                text.append(' ');
            }
            text.append(glyph.getUnicode());
            previous = glyph;
        }
        return text.toString().replaceAll("[\\s\u00a0]+", " ").strip();
    }

    private static boolean keepsSpaces(List<TextPosition> glyphs) {
        for (int i = 1; i < glyphs.size(); i++) {
            if (newLine(glyphs.get(i - 1), glyphs.get(i)) && blank(glyphs.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inWordBreak(TextPosition previous, TextPosition next) {
        String end = previous.getUnicode();
        return end.endsWith("-") || end.endsWith("–") || end.endsWith("/") || next.getUnicode().startsWith("/");
    }

    private static boolean blank(TextPosition glyph) {
        return glyph.getUnicode().isBlank();
    }

    static boolean newLine(TextPosition previous, TextPosition glyph) {
        float height = Math.max(1f, Math.max(previous.getHeightDir(), glyph.getHeightDir()));
        return Math.abs(glyph.getYDirAdj() - previous.getYDirAdj()) > 0.5f * height
                || glyph.getXDirAdj() < previous.getXDirAdj() - height;
    }

    static float gap(TextPosition previous, TextPosition glyph) {
        return glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
    }

    static float space(TextPosition glyph) {
        float space = glyph.getWidthOfSpace();
        return Float.isNaN(space) || space <= 0 ? 0.27f * Math.max(1f, glyph.getFontSizeInPt()) : space;
    }
}
