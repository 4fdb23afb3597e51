package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The search page and its htmx fragment over real HTTP, against the demo house. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:search-web-it;DB_CLOSE_DELAY=-1")
class SearchWebIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    WebSession web;

    @BeforeEach
    void loadDemo() {
        demo.loadIfEmpty();
        web = new WebSession(port);
    }

    @Test
    void offersALabelledSearchBoxInTheHeaderOfEveryOtherPage() {
        String home = web.get("/").body();

        assertThat(home).contains("<form class=\"site-search\" role=\"search\" action=\"/zoeken\" method=\"get\">",
                "<label for=\"site-zoek\" class=\"visually-hidden\">", "id=\"site-zoek\" name=\"q\"");
        assertThat(web.get("/zoeken").body()).doesNotContain("id=\"site-zoek\"");
    }

    @Test
    void showsHitsWithMarkedSnippetsAndFacetCheckboxes() {
        HttpResponse<String> page = web.get("/zoeken?q=kwijtschelding");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 profiel gevonden voor ‘kwijtschelding’.", "href=\"/profielen/VS-2040\"",
                "<mark>Kwijtschelding</mark>", "<legend>Status</legend>", "type=\"checkbox\" form=\"zoekformulier\"",
                "name=\"status\" value=\"Definitief\"", "hx-get=\"/zoeken/resultaten\"",
                "hx-trigger=\"keyup changed delay:200ms, search\"");
    }

    @Test
    void filtersOnTickedFacetsWithoutJavaScript() {
        String page = web.get("/zoeken?q=klant&status=Prognose").body();

        assertThat(page).contains("name=\"status\" value=\"Prognose\" checked=\"checked\"", "href=\"/profielen/VS-3100\"")
                .doesNotContain("href=\"/profielen/VS-2040\"");
    }

    @Test
    void answersTypingWithTheResultsFragmentAndThePageAddress() {
        HttpResponse<String> fragment = htmx("/zoeken/resultaten?q=kwijtsch&status=Definitief");

        assertThat(fragment.headers().firstValue("HX-Push-Url")).contains("/zoeken?q=kwijtsch&status=Definitief");
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"zoekresultaten\"", "href=\"/profielen/VS-2040\"",
                "<p id=\"zoekstatus\" hx-swap-oob=\"innerHTML\">1 profiel gevonden voor ‘kwijtsch’.</p>");
    }

    private HttpResponse<String> htmx(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void escapesWhatWasTyped() {
        String page = web.get("/zoeken?q=%3Cscript%3Ealert(1)%3C/script%3E").body();

        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
