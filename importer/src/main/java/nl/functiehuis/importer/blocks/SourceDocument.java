package nl.functiehuis.importer.blocks;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A document read into blocks, in reading order, with the name it came from. */
public record SourceDocument(String source, List<Block> blocks) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
    }

    public int size() {
        return blocks.size();
    }

    public Block get(int i) {
        return blocks.get(i);
    }

    /** Index of the first block from {@code from} on that matches, if any. */
    public Optional<Integer> find(int from, Predicate<Block> test) {
        for (int i = Math.max(0, from); i < blocks.size(); i++) {
            if (test.test(blocks.get(i))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The blocks in [from, to). */
    public List<Block> range(int from, int to) {
        return blocks.subList(Math.max(0, from), Math.min(blocks.size(), to));
    }
}
