package nl.functiehuis.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.functiehuis.json.HouseJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies above the limit with 413 before they are read: at once when the declared
 * length is too large, and while reading when the length is not declared (chunked).
 */
final class BodyLimitFilter extends OncePerRequestFilter {
    private final long limit;
    private final HouseJson json;

    BodyLimitFilter(long limit, HouseJson json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.getWriter().write(json.write(BodyLimit.asMap(limit, request.getRequestURI())));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }
}
