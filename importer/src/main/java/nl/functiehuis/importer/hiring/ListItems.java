package nl.functiehuis.importer.hiring;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.vacancy.AskedCompetency;
import org.jspecify.annotations.Nullable;

/** The items of a section: its bulleted lines (or, without bullets, its lines), and the lines before them as intro. */
record ListItems(@Nullable String intro, List<Block> items) {

    static ListItems of(List<Block> body) {
        List<Block> lines = body.stream().filter(b -> !b.isRow() && !Phrases.asWritten(b.text()).isEmpty()).toList();
        if (lines.stream().noneMatch(Block::isBulleted)) {
            return new ListItems(null, lines);
        }
        List<String> intro = new ArrayList<>();
        List<Block> items = new ArrayList<>();
        for (Block block : lines) {
            if (block.isBulleted()) {
                items.add(block);
            } else if (items.isEmpty()) {
                intro.add(block.text().strip());
            }
        }
        return new ListItems(intro.isEmpty() ? null : String.join(" ", intro), items);
    }

    /** Competencies: a bulleted name, then the lines describing it ("Naam: beschrijving" on one line works too). */
    static List<AskedCompetency> competencies(List<Block> body) {
        List<AskedCompetency> competencies = new ArrayList<>();
        String name = null;
        List<String> description = new ArrayList<>();
        boolean bulleted = body.stream().anyMatch(Block::isBulleted);
        for (Block block : body) {
            if (block.isRow()) {
                continue;
            }
            String text = block.text().strip();
            if (block.isBulleted() || !bulleted) {
                add(competencies, name, description);
                description = new ArrayList<>();
                int colon = text.indexOf(':');
                name = colon > 0 ? text.substring(0, colon).strip() : text;
                if (colon > 0 && colon < text.length() - 1) {
                    description.add(text.substring(colon + 1).strip());
                }
            } else if (name != null) {
                description.add(text);
            }
        }
        add(competencies, name, description);
        return competencies;
    }

    private static void add(List<AskedCompetency> competencies, @Nullable String name, List<String> description) {
        if (name != null && !name.isBlank()) {
            competencies.add(new AskedCompetency(name, description.isEmpty() ? null : String.join(" ", description), null));
        }
    }
}
