package nl.functiehuis.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The answer to a request body larger than {@code functiehuis.max-body}: 413 with a Dutch problem. */
final class BodyLimit {
    static final String TITLE = "Verzoek te groot, er is niets opgeslagen";

    private BodyLimit() {}

    static ProblemDetail problem(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail(limit));
        problem.setTitle(TITLE);
        problem.setProperty("limit", limit);
        return problem;
    }

    /** The same problem as a plain map, for the filter that answers before Spring MVC is reached. */
    static Map<String, Object> asMap(long limit, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", TITLE);
        body.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        body.put("detail", detail(limit));
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

    private static String detail(long limit) {
        return "De inhoud van het verzoek is groter dan de toegestane " + describe(limit) + " (functiehuis.max-body).";
    }
}
