package nl.functiehuis.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The largest request body a path accepts ({@code functiehuis.max-body}, or a larger one for uploads such
 * as {@code functiehuis.max-import-body}), and the answer to a larger body: 413 with a Dutch problem.
 */
record BodyLimit(long limit, String setting) {
    static final String TITLE = "Verzoek te groot, er is niets opgeslagen";
    static final String DEFAULT_SETTING = "functiehuis.max-body";

    ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail());
        problem.setTitle(TITLE);
        problem.setProperty("limit", limit);
        return problem;
    }

    /** The same problem as a plain map, for the filter that answers before Spring MVC is reached. */
    Map<String, Object> asMap(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", TITLE);
        body.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        body.put("detail", detail());
        body.put("instance", instance);
        body.put("limit", limit);
        return body;
    }

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " kB";
        }
        return bytes + " bytes";
    }

    private String detail() {
        return "De inhoud van het verzoek is groter dan de toegestane " + describe(limit) + " (" + setting + ").";
    }
}
