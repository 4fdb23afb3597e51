package nl.functiehuis.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Random;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.ExportHouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Uploading documents: 200 with a report per document; anonymous or empty uploads change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:imports-api-it;DB_CLOSE_DELAY=-1", "functiehuis.max-import-body=1MB"})
class ImportsApiIT {
    private static final String UWV = SharedSeeds.fileName(SharedSeeds.UWV);
    private static final String HIRING = SharedSeeds.fileName(SharedSeeds.HIRING);

    @LocalServerPort
    int port;

    @Autowired
    ExportHouse export;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void importsUploadedDocumentsAndAnswersWithTheReport() {
        HttpResponse<String> response = api.upload("/api/imports", seeds(), true);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode report = api.read(response);
        assertThat(report.get("failed").asInt()).isZero();
        JsonNode uwv = report.at("/documents/0");
        assertThat(uwv.get("name").asString()).isEqualTo(UWV);
        assertThat(uwv.get("status").asString()).isIn("IMPORTED", "UNCHANGED");
        assertThat(uwv.at("/items/0/key").asString()).isEqualTo("1397");
        assertThat(report.at("/documents/1/kind").asString()).isEqualTo("HIRING_REQUEST");
        assertThat(report.at("/documents/1/items/0/type").asString()).isEqualTo("VACANCY");
        assertThat(api.read(api.get("/api/profiles/1397")).at("/version").asInt()).isEqualTo(1);
        assertThat(api.read(api.get("/api/profiles/1397")).at("/author").asString()).isEqualTo(ApiClient.USER);

        JsonNode again = api.read(api.upload("/api/imports", seeds(), true));
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void reportsABadFileAsFailedAndStillImportsTheOthers() {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        var form = new MultipartForm().file("file", "ruis.bin", noise)
                .file("file", "anders-" + HIRING, SharedSeeds.bytes(SharedSeeds.HIRING));

        HttpResponse<String> response = api.upload("/api/imports", form, true);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = api.read(response);
        assertThat(report.get("failed").asInt()).isEqualTo(1);
        assertThat(report.at("/documents/0/status").asString()).isEqualTo("FAILED");
        assertThat(report.at("/documents/0/reason").asString()).startsWith("ruis.bin: ");
        assertThat(report.at("/documents/0/items").size()).isZero();
        assertThat(report.at("/documents/1/status").asString()).isEqualTo("IMPORTED");
    }

    @Test
    void storesNothingInADryRun() {
        String before = export.json();
        var form = new MultipartForm().file("file", "proef-" + HIRING, SharedSeeds.bytes(SharedSeeds.HIRING));

        JsonNode report = api.read(api.upload("/api/imports?dryRun=true", form, true));

        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.at("/documents/0/items/0/action").asString()).isEqualTo("CREATED");
        assertThat(export.json()).isEqualTo(before);
    }

    @Test
    void refusesAnAnonymousUpload() {
        String before = export.json();

        assertThat(api.upload("/api/imports", seeds(), false).statusCode()).isEqualTo(401);
        assertThat(export.json()).isEqualTo(before);
    }

    @Test
    void refusesAnUploadWithoutFilesNamingThePart() {
        var form = new MultipartForm().file("bestand", UWV, SharedSeeds.bytes(SharedSeeds.UWV));

        HttpResponse<String> response = api.upload("/api/imports", form, true);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(api.read(response).at("/errors/0/field").asString()).isEqualTo("file");
    }

    @Test
    void refusesAnUploadAboveItsOwnLimitWith413() {
        var form = new MultipartForm().file("file", "groot.txt", new byte[2 * 1024 * 1024]);

        HttpResponse<String> response = api.upload("/api/imports", form, true);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(api.read(response).get("detail").asString()).contains("1 MB", "functiehuis.max-import-body");
    }

    private static MultipartForm seeds() {
        return new MultipartForm().file("file", UWV, SharedSeeds.bytes(SharedSeeds.UWV))
                .file("file", HIRING, SharedSeeds.bytes(SharedSeeds.HIRING));
    }
}
