package nl.functiehuis.house;

import java.util.List;
import java.util.stream.Collectors;

/** Input refused as a whole, with every problem found and where it is. */
public final class InvalidInput extends RuntimeException {
    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
