package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.SourceDocument;

/** A piece of running text with its place: a paragraph, or one cell of a table row. */
record Passage(String text, Location at, String where) {
    private static final Pattern WORD = Pattern.compile("\\S+");

    static List<Passage> of(SourceDocument document) {
        List<Passage> passages = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (!block.isRow()) {
                passages.add(new Passage(block.text(), block.at(), "alinea"));
                continue;
            }
            String row = clip(block.cell(0).text());
            for (int i = 0; i < block.cells().size(); i++) {
                String text = block.cell(i).text();
                if (!text.isBlank()) {
                    passages.add(new Passage(text, block.at(), i == 0 ? "rij '" + row + "'"
                            : "rij '" + row + "', kolom " + (i + 1)));
                }
            }
        }
        return passages;
    }

    /** The text from [start, end) widened by up to {@code around} whitespace-separated words on each side. */
    String snippet(int start, int end, int around) {
        List<MatchResult> words = WORD.matcher(text).results().toList();
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end() > start && first < 0) {
                first = i;
            }
            if (words.get(i).start() < end) {
                last = i;
            }
        }
        first = Math.max(0, first - around);
        last = Math.min(words.size() - 1, Math.max(last, first) + around);
        return text.substring(Math.min(start, words.get(first).start()), Math.max(end, words.get(last).end()));
    }

    private static String clip(String text) {
        String t = text.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
