package nl.functiehuis.importer.format;

/** A file that cannot or may not be read; the message says why, in Dutch. */
public final class DocumentRefused extends Exception {
    public DocumentRefused(String message) {
        super(message);
    }

    public DocumentRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
