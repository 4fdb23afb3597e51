package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The validation pages over real HTTP on the demo house: the report, its filters, the box and the switches. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:validation-web-it;DB_CLOSE_DELAY=-1")
class ValidationWebIT {
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
    void showsTheHouseReportGroupedBySeverityAndProfileWithLinks() {
        HttpResponse<String> page = web.get("/validatie");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Validatierapport", "profielen gecontroleerd", "Info (5)", "Fouten (0)",
                "CB-DIMENSIES", "Lege dimensies benoemd", "De dimensie Conceptueel blijft leeg",
                "href=\"/profielen/VS01.01.02\"", "Bron: <span>CompetentieBOX §1.2</span>", "aria-current=\"page\">Validatie");
    }

    @Test
    void filtersBySeverity() {
        String errors = web.get("/validatie?ernst=fout").body();

        assertThat(errors).contains("Geen bevindingen van deze ernst.").doesNotContain("De dimensie Conceptueel");
        assertThat(web.get("/validatie?ernst=info").body()).contains("De dimensie Conceptueel");
    }

    @Test
    void narrowsTheReportToOneProfileByAnyOfItsCodes() {
        assertThat(web.get("/validatie?profiel=vs-3102").body()).contains("Validatie van Klantbegeleider",
                "Geen bevindingen");
        assertThat(web.get("/validatie?profiel=VS01.01.04-VP").body()).contains(">profiel gecontroleerd<",
                "Validatie van Medewerker Dienstverlening II", "De dimensie Conceptueel");
        assertThat(web.get("/validatie?profiel=onbekend").statusCode()).isEqualTo(404);
    }

    @Test
    void loadsTheValidationBoxOnTheLatestVersionOfAProfilePage() {
        String page = web.get("/profielen/VS01.01.02").body();
        String box = web.get("/validatie/profielen/VS01.01.02").body();

        assertThat(page).contains("hx-get=\"/validatie/profielen/VS01.01.02\"", "href=\"/validatie?profiel=VS01.01.02\"");
        assertThat(box).startsWith("<section").contains("1 info", "<details>", "CB-DIMENSIES");
        assertThat(web.get("/validatie/profielen/VS-3100").body()).contains("voldoet aan alle ingeschakelde methoderegels");
        assertThat(web.get("/validatie/profielen/onbekend").statusCode()).isEqualTo(404);
    }

    @Test
    void switchesARuleOffWithAReasonAndOnAgainOnceSignedIn() {
        assertThat(web.get("/validatie/regels").body()).contains("Regels en schakelaars", "CB-MAX-5", "GROEP-NIVEAU",
                "UWV Klantadviseur A/B/C, voetnoot 4", "Log in").doesNotContain("Uitschakelen</button>");
        web.login("adviseur", "welkom");
        String rules = web.get("/validatie/regels").body();

        var refused = web.post("/validatie/regels/CB-DIMENSIES", FormFields.of(rules, "action=\"/validatie/regels/CB-DIMENSIES\""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Niet gewijzigd", "reden", "aria-invalid=\"true\"");

        var fields = FormFields.with(FormFields.of(rules, "action=\"/validatie/regels/CB-DIMENSIES\""), "reden",
                "Wij kiezen bewust per dimensie");
        var off = web.post("/validatie/regels/CB-DIMENSIES", fields);
        assertThat(off.statusCode()).isEqualTo(302);
        assertThat(web.follow(off).body()).contains("Regel CB-DIMENSIES is uitgeschakeld.", "Wij kiezen bewust per dimensie",
                "Weer inschakelen", "Geschiedenis");
        assertThat(web.get("/validatie").body()).contains("Uitgeschakelde regels", "Wij kiezen bewust per dimensie",
                "Info (0)");

        String after = web.get("/validatie/regels").body();
        var on = web.post("/validatie/regels/CB-DIMENSIES", FormFields.of(after, "action=\"/validatie/regels/CB-DIMENSIES\""));
        assertThat(web.follow(on).body()).contains("Regel CB-DIMENSIES is weer ingeschakeld.");
        assertThat(web.get("/validatie").body()).contains("Info (5)").doesNotContain("Uitgeschakelde regels");
    }

    @Test
    void refusesToSwitchWithoutSigningIn() {
        var anonymous = web.post("/validatie/regels/CB-MAX-5", List.of(Map.entry("stand", "uit"), Map.entry("reden", "test")));

        assertThat(anonymous.statusCode()).isIn(302, 403);
        assertThat(web.get("/validatie/regels").body()).doesNotContain("Uit sinds");
    }
}
