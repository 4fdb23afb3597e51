package nl.functiehuis.api;

import java.io.IOException;

/** A request body longer than the API accepts; raised while reading, so the rest is never read. */
final class BodyTooLarge extends IOException {
    private final transient BodyLimit limit;

    BodyTooLarge(BodyLimit limit) {
        super("request body larger than " + limit.limit() + " bytes");
        this.limit = limit;
    }

    BodyLimit limit() {
        return limit;
    }
}
