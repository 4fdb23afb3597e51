package nl.functiehuis.search;

/** The index cannot be opened: another process holds it, or its directory cannot be used. */
public final class IndexUnavailable extends RuntimeException {
    public IndexUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
