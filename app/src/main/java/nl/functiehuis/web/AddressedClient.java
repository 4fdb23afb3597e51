package nl.functiehuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UrlPathHelper;

/**
 * Who asked for an address that has no answer: an API client (anything under {@code /api/} not asking
 * only for HTML, and everyone else who does not accept HTML) gets problem+json, a browser gets a page.
 */
record AddressedClient(String path, List<MediaType> accepted) {

    AddressedClient(HttpServletRequest request) {
        this(UrlPathHelper.defaultInstance.getPathWithinApplication(request), accepted(request.getHeader("Accept")));
    }

    boolean wantsProblem() {
        boolean api = path.equals("/api") || path.startsWith("/api/");
        return api ? !asksOnlyForHtml() : !acceptsHtml();
    }

    /** Lists HTML (or XHTML) and nothing else; a browser's {@code *}{@code /*} counts as something else. */
    private boolean asksOnlyForHtml() {
        return accepted.stream().filter(t -> t.getQualityValue() > 0).allMatch(
                t -> t.equalsTypeAndSubtype(MediaType.TEXT_HTML) || t.equalsTypeAndSubtype(MediaType.APPLICATION_XHTML_XML));
    }

    private boolean acceptsHtml() {
        return accepted.stream().anyMatch(t -> t.includes(MediaType.TEXT_HTML) && t.getQualityValue() > 0);
    }

    /** An answer carrying {@code problem}, typed problem+json whatever the Accept header says. */
    ResponseEntity.BodyBuilder problem(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatusCode.valueOf(problem.getStatus()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static List<MediaType> accepted(String header) {
        if (header == null || header.isBlank()) {
            return List.of(MediaType.ALL);
        }
        try {
            return MediaType.parseMediaTypes(header);
        } catch (InvalidMediaTypeException e) {
            return List.of(MediaType.ALL);
        }
    }
}
