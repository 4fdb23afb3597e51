package nl.functiehuis.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    @Test
    void keepsAResponseRenderedInTheCurrentGeneration() {
        var cache = new ResponseCache(10, 1_000_000);
        CachedResponse page = page(100);

        cache.put("/profielen/A", cache.generation(), page);

        assertThat(cache.get("/profielen/A")).containsSame(page);
        assertThat(cache.get("/profielen/B")).isEmpty();
    }

    @Test
    void refusesAResponseRenderedBeforeAClear() {
        var cache = new ResponseCache(10, 1_000_000);
        long started = cache.generation();

        cache.clear();
        cache.put("/profielen/A", started, page(100));

        assertThat(cache.get("/profielen/A")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void forgetsEverythingOnClear() {
        var cache = new ResponseCache(10, 1_000_000);
        cache.put("/profielen/A", cache.generation(), page(100));
        cache.put("/api/search?q=a", cache.generation(), page(100));

        cache.clear();

        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
        assertThat(cache.get("/profielen/A")).isEmpty();
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondTheCount() {
        var cache = new ResponseCache(2, 1_000_000);
        cache.put("A", cache.generation(), page(10));
        cache.put("B", cache.generation(), page(10));
        cache.get("A");

        cache.put("C", cache.generation(), page(10));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("B")).isEmpty();
        assertThat(cache.get("A")).isPresent();
        assertThat(cache.get("C")).isPresent();
    }

    @Test
    void staysWithinItsBytes() {
        var cache = new ResponseCache(1_000, 10_000);
        for (int i = 0; i < 20; i++) {
            cache.put("page" + i, cache.generation(), page(1_000));
        }

        assertThat(cache.bytes()).isLessThanOrEqualTo(10_000);
        assertThat(cache.size()).isBetween(1, 10);
        assertThat(cache.get("page19")).isPresent();
        assertThat(cache.get("page0")).isEmpty();
    }

    @Test
    void countsAReplacedResponseOnce() {
        var cache = new ResponseCache(10, 1_000_000);
        cache.put("A", cache.generation(), page(1_000));
        long once = cache.bytes();

        cache.put("A", cache.generation(), page(1_000));

        assertThat(cache.bytes()).isEqualTo(once);
    }

    @Test
    void keepsNoResponseLargerThanAQuarterOfItsBytes() {
        var cache = new ResponseCache(10, 4_000);

        cache.put("big", cache.generation(), page(2_000));

        assertThat(cache.get("big")).isEmpty();
    }

    @Test
    void keepsNothingWhenSwitchedOff() {
        var cache = new ResponseCache(0, 1_000_000);

        cache.put("A", cache.generation(), page(10));

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.get("A")).isEmpty();
    }

    @Test
    void refusesNegativeBounds() {
        assertThatThrownBy(() -> new ResponseCache(-1, 10)).hasMessageContaining("niet negatief");
    }

    private static CachedResponse page(int bytes) {
        return new CachedResponse("text/html;charset=UTF-8", Locale.forLanguageTag("nl"),
                List.of(Map.entry("X-Frame-Options", "DENY")), new byte[bytes]);
    }
}
