package nl.functiehuis.api;

import java.io.IOException;

/** A request body longer than the API accepts; raised while reading, so the rest is never read. */
final class BodyTooLarge extends IOException {
    private final long limit;

    BodyTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
