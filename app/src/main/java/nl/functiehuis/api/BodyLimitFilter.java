package nl.functiehuis.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.functiehuis.json.HouseJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies above the limit with 413 before they are read: at once when the declared
 * length is too large, and while reading when the length is not declared (chunked). A path (and what is
 * below it) may have a limit of its own, e.g. document uploads.
 */
final class BodyLimitFilter extends OncePerRequestFilter {
    private final BodyLimit limit;
    private final Map<String, BodyLimit> byPath;
    private final HouseJson json;

    BodyLimitFilter(long limit, HouseJson json) {
        this(new BodyLimit(limit, BodyLimit.DEFAULT_SETTING), Map.of(), json);
    }

    BodyLimitFilter(BodyLimit limit, Map<String, BodyLimit> byPath, HouseJson json) {
        this.limit = limit;
        this.byPath = Map.copyOf(byPath);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BodyLimit applies = limitFor(request);
        if (request.getContentLengthLong() > applies.limit()) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.getWriter().write(json.write(applies.asMap(request.getRequestURI())));
            return;
        }
        chain.doFilter(new LimitedRequest(request, applies), response);
    }

    BodyLimit limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return byPath.entrySet().stream()
                .filter(e -> covers(e.getKey(), path))
                .map(Map.Entry::getValue).findFirst().orElse(limit);
    }

    /** The path is {@code prefix} or below it; a segment {@code *} of the prefix stands for any one segment. */
    static boolean covers(String prefix, String path) {
        String[] want = prefix.split("/", -1);
        String[] got = path.split("/", -1);
        if (got.length < want.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals("*") && !want[i].equals(got[i]) || want[i].equals("*") && got[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
