package nl.functiehuis.importer.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML through jsoup: headings and paragraphs are paragraphs, list items bulleted paragraphs, table
 * rows rows with cells ({@link HtmlBlocks}).
 */
final class HtmlFormat implements Format {
    @Override
    public String label() {
        return "HTML (.html)";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public SourceDocument read(String source, byte[] content, Limits limits) throws DocumentRefused {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused(source + " is geen leesbaar HTML-bestand (" + e.getClass().getSimpleName() + ")", e);
        }
        HtmlBlocks blocks = new HtmlBlocks(new BlockList(source, limits));
        blocks.children(doc.body());
        return blocks.document();
    }
}
