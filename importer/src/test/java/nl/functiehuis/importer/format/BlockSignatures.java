package nl.functiehuis.importer.format;

import java.util.List;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.SourceDocument;

/**
 * What must survive a conversion: per block its kind, whether it is bulleted, its text (paragraphs)
 * or its cells' items and list flags (rows); locations and the raw cell markup are the format's own.
 */
final class BlockSignatures {
    private BlockSignatures() {}

    static List<String> of(SourceDocument document, boolean foldSpace) {
        return document.blocks().stream().map(b -> of(b, foldSpace)).toList();
    }

    static String of(Block block, boolean foldSpace) {
        if (!block.isRow()) {
            return (block.isBulleted() ? "• " : "¶ ") + fold(block.text(), foldSpace);
        }
        StringBuilder row = new StringBuilder("▦");
        for (Cell cell : block.cells()) {
            row.append(" | ").append(cell.listed() ? "•" : "");
            row.append(String.join(" ¦ ", cell.items().stream().map(i -> fold(i, foldSpace)).toList()));
        }
        return row.toString();
    }

    private static String fold(String text, boolean foldSpace) {
        return foldSpace ? text.replaceAll("\\s+", " ").strip() : text;
    }

    /** Length of the longest common subsequence: how many blocks were found identically, in order. */
    static int common(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
