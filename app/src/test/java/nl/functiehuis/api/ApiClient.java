package nl.functiehuis.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import nl.functiehuis.json.HouseJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Real HTTP to the running app, signed in as the default user unless told otherwise. */
final class ApiClient {
    static final String USER = "adviseur";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":welkom").getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final HouseJson json = new HouseJson();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    HttpResponse<String> getSignedIn(String path) {
        return send(builder(path).header("Authorization", BASIC).GET());
    }

    HttpResponse<String> put(String path, String body, String... headers) {
        return send(signedIn(path, headers).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> post(String path, String body) {
        return send(signedIn(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(String method, String path, BodyPublisher body, boolean signedIn) {
        var builder = signedIn ? signedIn(path) : builder(path).header("Content-Type", "application/json");
        return send(builder.method(method, body));
    }

    HttpResponse<String> upload(String path, MultipartForm form, boolean signedIn) {
        var builder = builder(path).header("Content-Type", form.contentType());
        if (signedIn) {
            builder.header("Authorization", BASIC);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    JsonNode read(HttpResponse<String> response) {
        return json.mapper().readTree(response.body());
    }

    /** A save request for the profile currently stored under {@code path}, based on its version. */
    ObjectNode editOf(String path) {
        JsonNode latest = read(get(path));
        ObjectNode request = json.mapper().createObjectNode();
        request.put("basedOn", latest.get("version").asInt());
        request.put("status", "CONCEPT");
        request.set("profile", latest.get("profile").deepCopy());
        return request;
    }

    String write(JsonNode node) {
        return json.write(node);
    }

    private HttpRequest.Builder signedIn(String path, String... headers) {
        var builder = builder(path).header("Authorization", BASIC).header("Content-Type", "application/json");
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
