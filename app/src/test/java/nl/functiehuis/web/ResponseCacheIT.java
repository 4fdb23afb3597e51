package nl.functiehuis.web;

import static nl.functiehuis.web.FormFields.submit;
import static nl.functiehuis.web.FormFields.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.ExportHouse;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.LoadDemo;
import nl.functiehuis.application.LoadHouse;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.responses.ResponseCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Profile pages and search answers kept for anonymous readers: the same answer again, never for a signed-in
 * user, and never stale — a save, an import and a load show at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:response-cache-it;DB_CLOSE_DELAY=-1")
class ResponseCacheIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    @Autowired
    ResponseCache cache;

    @Autowired
    BrowseHouse browse;

    @Autowired
    ImportDocuments importer;

    @Autowired
    ExportHouse export;

    @Autowired
    LoadHouse load;

    WebSession reader;
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        demo.loadIfEmpty();
        cache.clear();
        reader = new WebSession(port);
    }

    @Test
    void answersAnAnonymousReaderAgainWithTheSamePageAndHeaders() {
        HttpResponse<String> first = reader.get("/profielen/VS01.01.02");
        HttpResponse<String> again = reader.get("/profielen/VS01.01.02");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).contains("Medewerker Dienstverlening I<", "Inloggen");
        assertThat(headers(again)).isEqualTo(headers(first)).containsEntry("content-language", List.of("nl"))
                .containsEntry("x-frame-options", List.of("DENY"));
        assertThat(again.headers().firstValue("set-cookie")).isEmpty();
    }

    @Test
    void keepsNeitherOlderVersionsNorUnknownProfiles() {
        assertThat(reader.get("/profielen/VS01.01.02/versies/1").statusCode()).isEqualTo(200);
        assertThat(reader.get("/profielen/VS01.01.02?x=1").statusCode()).isEqualTo(200);
        assertThat(reader.get("/profielen/BESTAAT-NIET").statusCode()).isEqualTo(404);

        assertThat(cache.size()).isZero();
    }

    @Test
    void showsASignedInUserTheirOwnPageAndAnonymousReadersTheirs() {
        assertThat(reader.get("/profielen/VS01.01.04").body()).contains("Inloggen");
        var user = new WebSession(port);
        user.login("adviseur", "welkom");

        String signedIn = user.get("/profielen/VS01.01.04").body();

        assertThat(signedIn).contains("Uitloggen", "Ingelogd als").doesNotContain(">Inloggen<");
        assertThat(reader.get("/profielen/VS01.01.04").body()).contains("Inloggen").doesNotContain("Uitloggen");
    }

    @Test
    void showsAWebSaveAtOnceInThePageAndTheSearch() {
        assertThat(reader.get("/profielen/VS01.01.06").body()).contains("Versie 1 van 1");
        assertThat(search("kwartiermaker").body()).containsPattern("\"total\"\\s*:\\s*0\\b");
        var user = new WebSession(port);
        user.login("adviseur", "welkom");
        var fields = FormFields.of(user.get("/profielen/VS01.01.06/bewerken").body(), "id=\"edit-form\"");

        var saved = user.post("/profielen/VS01.01.06/bewerken",
                submit(with(fields, "title", "Kwartiermaker Dienstverlening"), "mode", "velden"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(reader.get("/profielen/VS01.01.06").body()).contains("Versie 2 van 2", "Kwartiermaker Dienstverlening");
        assertThat(search("kwartiermaker").body()).containsPattern("\"total\"\\s*:\\s*1\\b").contains("VS01.01.06");
    }

    @Test
    void showsAnImportAtOnceInThePageAndTheSearch() {
        importer.importDocument(SharedSeeds.fileName(SharedSeeds.UWV), SharedSeeds.bytes(SharedSeeds.UWV), "tester", false);
        assertThat(reader.get("/profielen/1397").body()).contains("Versie 1 van 1");
        assertThat(search("toetswoordje").body()).containsPattern("\"total\"\\s*:\\s*0\\b");
        byte[] changed = SharedSeeds.text(SharedSeeds.UWV).replaceFirst("</p>", " Toetswoordje.</p>")
                .getBytes(StandardCharsets.UTF_8);

        importer.importDocument(SharedSeeds.fileName(SharedSeeds.UWV), changed, "tester", false);

        assertThat(reader.get("/profielen/1397").body()).contains("Versie 2 van 2");
        assertThat(search("toetswoordje").body()).containsPattern("\"total\"\\s*:\\s*1\\b").contains("1397");
    }

    @Test
    void showsALoadAtOnceInThePage() {
        assertThat(reader.get("/profielen/VS01.01.08").body()).contains("Versie 1 van 1");
        HouseSnapshot house = export.snapshot();
        ProfileVersion latest = browse.latest("VS01.01.08").orElseThrow();
        NormFunction n = (NormFunction) latest.profile();
        var renamed = new NormFunction(n.code(), "Gastheer Dienstverlening", n.groupCode(), n.dictionary(),
                n.nlqfLevel(), n.content());
        var next = new ProfileVersion(latest.code(), latest.number() + 1, VersionStatus.CONCEPT, null, "laadtest",
                latest.savedAt().plusSeconds(60), null, renamed);
        List<FunctionSeries> series = house.series().stream()
                .map(s -> new FunctionSeries(s.code(), s.name() + " (herzien)", s.description(), s.groups())).toList();
        List<ProfileVersion> versions = new ArrayList<>(house.profiles());
        versions.add(next);

        load.load(new HouseSnapshot(HouseSnapshot.FORMAT, house.name(), house.dictionaries(), series,
                house.qualifications(), house.scales(), versions, house.vacancies()));

        assertThat(reader.get("/profielen/VS01.01.08").body()).contains("Versie 2 van 2", "Gastheer Dienstverlening",
                "(herzien)");
    }

    @Test
    void answersAKeptSearchOnlyToRequestsThatAcceptIt() {
        assertThat(search("dienstverlening").statusCode()).isEqualTo(200);

        assertThat(reader.get("/api/search?q=dienstverlening").statusCode()).isEqualTo(406);
        assertThat(search("dienstverlening").body()).contains("VS01.01.02");
    }

    private HttpResponse<String> search(String query) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q=" + query))
                .header("Accept", "application/json").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }
}
