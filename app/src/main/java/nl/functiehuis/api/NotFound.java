package nl.functiehuis.api;

/** The addressed profile, version or dictionary does not exist; the message says which, in Dutch. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
