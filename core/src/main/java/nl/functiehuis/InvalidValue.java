package nl.functiehuis;

/** A domain value that cannot exist; {@link #field()} names where, the message says why in Dutch. */
public final class InvalidValue extends IllegalArgumentException {
    private final String field;
    private final String problem;

    public InvalidValue(String field, String problem) {
        super("'" + field + "' " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
