package nl.functiehuis.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.blocks.Cell;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;

/** Runs of two or more capitalised words in a document's text: the candidates for names. */
final class CapitalisedRuns {
    private CapitalisedRuns() {}

    /** A run of capitalised words as written (outer punctuation removed) and where it first occurs. */
    record Run(List<String> words, Location at) {}

    static List<Run> distinct(List<Block> blocks) {
        Map<String, Run> runs = new LinkedHashMap<>();
        for (Block block : blocks) {
            for (String text : texts(block)) {
                for (List<String> words : runs(text)) {
                    runs.putIfAbsent(String.join(" ", words), new Run(words, block.at()));
                }
            }
        }
        return List.copyOf(runs.values());
    }

    static List<String> texts(Block block) {
        return block.isRow() ? block.cells().stream().map(Cell::text).toList() : List.of(block.text());
    }

    static List<List<String>> runs(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            String word = token.replaceAll("^[(\"'‘“]+|[),.;:!?\"'’”]+$", "");
            boolean capital = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !token.startsWith("(");
            if (capital) {
                run.add(word);
            } else {
                close(runs, run);
                run = new ArrayList<>();
            }
            if (capital && !word.equals(token.replaceAll("^[\"'‘“]+", ""))) {
                close(runs, run);
                run = new ArrayList<>();
            }
        }
        close(runs, run);
        return runs;
    }

    private static void close(List<List<String>> runs, List<String> run) {
        if (run.size() >= 2) {
            runs.add(List.copyOf(run));
        }
    }

    /**
     * The longest stretch where the two runs agree word for word except exactly one variant, as the two
     * texts; empty when there is none of at least two words.
     */
    static Optional<String[]> align(List<String> a, List<String> b) {
        String[] best = null;
        int bestLength = 1;
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                int k = 0;
                int variants = 0;
                while (i + k < a.size() && j + k < b.size()) {
                    boolean equal = Spelling.fold(a.get(i + k)).equals(Spelling.fold(b.get(j + k)));
                    if (!equal && (variants > 0 || !NameVariants.variant(a.get(i + k), b.get(j + k)))) {
                        break;
                    }
                    variants += equal ? 0 : 1;
                    k++;
                }
                if (variants == 1 && k > bestLength) {
                    bestLength = k;
                    best = new String[] {String.join(" ", a.subList(i, i + k)), String.join(" ", b.subList(j, j + k))};
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
