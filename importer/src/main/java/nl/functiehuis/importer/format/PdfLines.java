package nl.functiehuis.importer.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * An untagged PDF read line by line in reading order: words on one line separated by a gap wider
 * than {@link #CELL_GAP} spaces are taken as table cells (a tab, as in a text export), so the
 * text-file rules apply. A line that starts or ends most pages (digits ignored) is a running header
 * or footer and is dropped. Locations are pages.
 */
final class PdfLines extends PDFTextStripper {
    static final float CELL_GAP = 3f;

    private record Word(String text, float start, float end, float space) {}

    private final String source;
    private final Limits limits;
    private final List<List<String>> pages = new ArrayList<>();
    private final List<Word> line = new ArrayList<>();

    PdfLines(String source, Limits limits) {
        this.source = source;
        this.limits = limits;
        setSortByPosition(true);
    }

    SourceDocument read(PDDocument doc) throws IOException, DocumentRefused {
        writeText(doc, Writer.nullWriter());
        Map<String, Integer> edges = new HashMap<>();
        for (List<String> page : pages) {
            if (!page.isEmpty()) {
                edges.merge("top:" + shape(page.getFirst()), 1, Integer::sum);
                edges.merge("bottom:" + shape(page.getLast()), 1, Integer::sum);
            }
        }
        BlockList blocks = new BlockList(source, limits);
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            for (int i = 0; i < page.size(); i++) {
                boolean running = i == 0 && repeated(edges, "top:" + shape(page.get(i)))
                        || i == page.size() - 1 && repeated(edges, "bottom:" + shape(page.get(i)));
                if (!running) {
                    blocks.line(new Location(Location.Unit.PAGE, p + 1), page.get(i));
                }
            }
        }
        return blocks.document();
    }

    private boolean repeated(Map<String, Integer> edges, String key) {
        return pages.size() >= 3 && edges.getOrDefault(key, 0) * 2 > pages.size();
    }

    private static String shape(String line) {
        return line.replaceAll("\\d+", "#").strip();
    }

    @Override
    protected void startPage(PDPage page) {
        pages.add(new ArrayList<>());
    }

    @Override
    protected void writeString(String text, List<TextPosition> glyphs) {
        if (!glyphs.isEmpty()) {
            TextPosition first = glyphs.getFirst();
            TextPosition last = glyphs.getLast();
            line.add(new Word(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), PdfMarkedText.space(first)));
        }
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) {
        endLine();
    }

    private void endLine() {
        if (line.isEmpty() || pages.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(line.getFirst().text());
        for (int i = 1; i < line.size(); i++) {
            Word previous = line.get(i - 1);
            Word word = line.get(i);
            text.append(word.start() - previous.end() > CELL_GAP * previous.space() ? "\t" : " ").append(word.text());
        }
        pages.getLast().add(text.toString());
        line.clear();
    }
}
