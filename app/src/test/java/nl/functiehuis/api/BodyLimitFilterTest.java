package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.functiehuis.json.HouseJson;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BodyLimitFilterTest {
    private static final int LIMIT = 100;
    private final BodyLimitFilter filter = new BodyLimitFilter(LIMIT, new HouseJson());

    @Test
    void refusesDeclaredLengthAboveLimitWithoutCallingChain() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/profiles");
        request.setContent(new byte[LIMIT + 1]);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\" : 413").contains("functiehuis.max-body");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void failsReadingUndeclaredBodyBeyondLimit() throws Exception {
        var request = chunked(new byte[LIMIT + 1]);
        ServletRequest passed = pass(request);

        assertThatThrownBy(() -> passed.getInputStream().readAllBytes()).isInstanceOf(BodyTooLarge.class);
    }

    @Test
    void passesBodyUpToLimit() throws Exception {
        ServletRequest passed = pass(chunked(new byte[LIMIT]));

        assertThat(passed.getInputStream().readAllBytes()).hasSize(LIMIT);
    }

    @Test
    void appliesTheLimitOfAPathToItAndWhatIsBelowIt() {
        var uploads = new BodyLimit(LIMIT * 10, "functiehuis.max-import-body");
        var perPath = new BodyLimitFilter(new BodyLimit(LIMIT, BodyLimit.DEFAULT_SETTING), Map.of("/api/imports", uploads),
                new HouseJson());

        assertThat(perPath.limitFor(new MockHttpServletRequest("POST", "/api/imports"))).isEqualTo(uploads);
        assertThat(perPath.limitFor(new MockHttpServletRequest("POST", "/api/imports/x"))).isEqualTo(uploads);
        assertThat(perPath.limitFor(new MockHttpServletRequest("POST", "/api/importsx")).limit()).isEqualTo(LIMIT);
        assertThat(perPath.limitFor(new MockHttpServletRequest("PUT", "/api/profiles/X")).limit()).isEqualTo(LIMIT);
    }

    @Test
    void aStarInAPathLimitStandsForOneSegment() {
        var cv = new BodyLimit(LIMIT * 3, "cv-bestand");
        var perPath = new BodyLimitFilter(new BodyLimit(LIMIT, BodyLimit.DEFAULT_SETTING),
                Map.of("/api/candidates/*/cv", cv), new HouseJson());

        assertThat(perPath.limitFor(new MockHttpServletRequest("PUT", "/api/candidates/c-1/cv"))).isEqualTo(cv);
        assertThat(perPath.limitFor(new MockHttpServletRequest("PUT", "/api/candidates//cv")).limit()).isEqualTo(LIMIT);
        assertThat(perPath.limitFor(new MockHttpServletRequest("PUT", "/api/candidates/c-1/wishes/1")).limit())
                .isEqualTo(LIMIT);
        assertThat(perPath.limitFor(new MockHttpServletRequest("PUT", "/api/candidates/c-1")).limit()).isEqualTo(LIMIT);
    }

    private ServletRequest pass(MockHttpServletRequest request) throws Exception {
        var passed = new AtomicReference<ServletRequest>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> passed.set(req));
        assertThat(passed.get()).isNotNull();
        return passed.get();
    }

    /** A request without Content-Length, as a chunked upload arrives. */
    private static MockHttpServletRequest chunked(byte[] body) {
        var request = new MockHttpServletRequest("PUT", "/api/profiles/X") {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(new ByteArrayInputStream(body));
            }
        };
        assertThat(request.getContentLengthLong()).isEqualTo(-1);
        return request;
    }
}
