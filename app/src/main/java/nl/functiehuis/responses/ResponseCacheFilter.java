package nl.functiehuis.responses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers anonymous GETs of cacheable requests from the {@link ResponseCache}, and keeps their fresh 200
 * answers. Runs before the security filters: a request without a session and without credentials is
 * anonymous and has no flash message, so its page is the same for everyone; any other request passes
 * through untouched, as does any answer that is not a plain 200 or that started a session.
 */
public final class ResponseCacheFilter extends OncePerRequestFilter {
    private static final Set<String> NOT_KEPT = Set.of("content-type", "content-length", "transfer-encoding", "date",
            "set-cookie", "connection", "keep-alive");

    private final ResponseCache cache;
    private final Predicate<HttpServletRequest> cacheable;

    public ResponseCacheFilter(ResponseCache cache, Predicate<HttpServletRequest> cacheable) {
        this.cache = cache;
        this.cacheable = cacheable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!applies(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        Optional<CachedResponse> kept = cache.get(key);
        if (kept.isPresent() && accepts(request, kept.get())) {
            send(kept.get(), response);
            return;
        }
        long generation = cache.generation();
        var recorded = new Recording(response);
        try {
            chain.doFilter(request, recorded);
            if (keepable(request, recorded)) {
                cache.put(key, generation, new CachedResponse(recorded.getContentType(), recorded.language, headers(recorded),
                        recorded.getContentAsByteArray()));
            }
        } finally {
            recorded.copyBodyToResponse();
        }
    }

    private boolean applies(HttpServletRequest request) {
        return cache.enabled() && "GET".equals(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) == null && cacheable.test(request);
    }

    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query;
    }

    /** Whether the kept answer is one the request accepts; if not, the application answers (e.g. 406). */
    private static boolean accepts(HttpServletRequest request, CachedResponse kept) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(kept.contentType());
            return MediaType.parseMediaTypes(accept).stream().anyMatch(a -> a.includes(type));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean keepable(HttpServletRequest request, Recording response) {
        return response.getStatus() == HttpServletResponse.SC_OK && response.getContentType() != null
                && request.getSession(false) == null && !response.containsHeader(HttpHeaders.SET_COOKIE);
    }

    private static List<Map.Entry<String, String>> headers(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return headers;
    }

    private static void send(CachedResponse kept, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(kept.contentType());
        if (kept.language() != null) {
            response.setLocale(kept.language());
        }
        for (Map.Entry<String, String> header : kept.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setContentLength(kept.body().length);
        response.getOutputStream().write(kept.body());
    }

    /** Keeps the body, and the language the page was given (sent as Content-Language, not as a header). */
    private static final class Recording extends ContentCachingResponseWrapper {
        @Nullable Locale language;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            language = locale;
            super.setLocale(locale);
        }
    }
}
