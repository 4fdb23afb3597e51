package nl.functiehuis.responses;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A finished 200 response: its content type and language, the other headers to send again, and the body. */
record CachedResponse(String contentType, @Nullable Locale language, List<Map.Entry<String, String>> headers,
        byte[] body) {
    CachedResponse {
        headers = List.copyOf(headers);
    }

    /** What the response holds in memory, roughly: the body, the headers and some overhead. */
    long size() {
        long size = 64L + body.length + contentType.length();
        for (Map.Entry<String, String> h : headers) {
            size += 32L + h.getKey().length() + h.getValue().length();
        }
        return size;
    }
}
