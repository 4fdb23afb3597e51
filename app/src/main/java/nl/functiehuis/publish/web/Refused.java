package nl.functiehuis.publish.web;

import org.springframework.http.HttpStatus;

/** A publication that cannot be made as asked: what is missing or wrong, and the HTTP status that says so. */
final class Refused extends RuntimeException {
    private final HttpStatus status;

    Refused(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
