package nl.functiehuis.application;

/** The vacancy or candidate addressed does not exist; the message says which, in Dutch. */
public final class EvaluationNotFound extends RuntimeException {
    public EvaluationNotFound(String message) {
        super(message);
    }
}
