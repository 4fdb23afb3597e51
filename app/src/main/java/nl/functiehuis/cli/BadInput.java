package nl.functiehuis.cli;

import java.util.List;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;

/** Input a command refuses, with the file or argument it came from; reported as exit code 2. */
final class BadInput extends RuntimeException {
    private final String source;
    private final List<Problem> problems;

    BadInput(String source, List<Problem> problems) {
        super(source + ": " + problems);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    BadInput(String source, String message) {
        this(source, List.of(new Problem(source, message)));
    }

    static BadInput of(String source, InvalidInput e) {
        return new BadInput(source, e.problems());
    }

    String source() {
        return source;
    }

    List<Problem> problems() {
        return problems;
    }
}
