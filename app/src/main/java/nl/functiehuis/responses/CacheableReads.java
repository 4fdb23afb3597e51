package nl.functiehuis.responses;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;

/**
 * The reads worth keeping: a profile page ({@code /profielen/CODE}, latest version, no query) and a search
 * through the API ({@code /api/search?…}). Both depend on nothing but the house and the request itself.
 */
public final class CacheableReads implements Predicate<HttpServletRequest> {
    private static final String PROFILES = "/profielen/";
    private static final String SEARCH = "/api/search";

    @Override
    public boolean test(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.indexOf(';') >= 0) {
            return false;
        }
        if (path.equals(SEARCH)) {
            return true;
        }
        return path.startsWith(PROFILES) && path.length() > PROFILES.length()
                && path.indexOf('/', PROFILES.length()) < 0 && request.getQueryString() == null;
    }
}
