package nl.functiehuis.importer.booklet.front;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A function row of the matrix: the group label in force (written on the group's first row only), the
 * function as written, its code from the overview, and its level letters in reading order.
 */
public record MatrixRow(@Nullable String groupLabel, String function, @Nullable String profileCode,
        List<MatrixLetter> letters, Location at) {

    public MatrixRow {
        letters = List.copyOf(letters);
    }

    public List<String> valuesInReadingOrder() {
        return letters.stream().map(MatrixLetter::letter).toList();
    }
}
