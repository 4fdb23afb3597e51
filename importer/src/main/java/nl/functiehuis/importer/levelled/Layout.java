package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.SourceDocument;
import org.jspecify.annotations.Nullable;

/** A document cut into sections (a heading and its table rows) and the footnotes found anywhere in it. */
record Layout(SourceDocument document, List<Section> sections, List<Footnote> footnotes) {
    Layout {
        sections = List.copyOf(sections);
        footnotes = List.copyOf(footnotes);
    }

    static Layout of(SourceDocument document) {
        List<Section> sections = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        Block heading = null;
        List<Block> rows = new ArrayList<>();
        for (Block block : document.blocks()) {
            Optional<Footnote> footnote = Footnotes.of(block);
            if (footnote.isPresent()) {
                footnotes.add(footnote.get());
            } else if (block.isRow()) {
                rows.add(block);
            } else {
                close(sections, heading, rows);
                heading = block;
                rows = new ArrayList<>();
            }
        }
        close(sections, heading, rows);
        return new Layout(document, sections, footnotes);
    }

    private static void close(List<Section> sections, @Nullable Block heading, List<Block> rows) {
        if (heading != null || !rows.isEmpty()) {
            sections.add(new Section(heading, rows));
        }
    }

    Optional<Footnote> footnote(@Nullable String marker) {
        return marker == null ? Optional.empty()
                : footnotes.stream().filter(f -> f.marker().equals(marker)).findFirst();
    }
}
