package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.LoadDemo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web pages over real HTTP against the demo house: reading, 404s and the sign-in page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:web-it;DB_CLOSE_DELAY=-1")
class WebIT {
    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    @Autowired
    BrowseHouse browse;

    WebSession web;

    @BeforeEach
    void loadDemo() {
        demo.loadIfEmpty();
        web = new WebSession(port);
    }

    @Test
    void showsTheHouseTreeWithCounts() {
        HttpResponse<String> home = web.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"nl\"", "Gemeente Voorbeeldstad", "functieprofielen",
                "competenties", "kwalificaties", "Publieksdienstverlening", "Balie en contact", "Begeleiding",
                "Medewerker Dienstverlening I", "Medewerker Dienstverlening IV", "Klantbegeleider", "VS-3102",
                "Overige profielen", "Medewerker Belastingen", "Verrijkt profiel", "Definitief", "Prognose",
                "href=\"/profielen/VS01.01.04-VP\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            VS01.01.02    | Overwegende functiekenmerken;Kritische werksituaties;Competenties;Vakkennis;Kennis;Vaardigheden;Opleiding;NLQF-niveau;Escalatie aan de balie;dienstverlening verbeteren;Relationeel
            VS01.01.04-VP | Verrijkt profiel;Medewerker Burgerzaken;Overwegende functiekenmerken;Competenties;Vakkennis;Opleiding;Kwalificaties;Rol;Complexiteit;Extra vakkennis;Kerntaken en werkprocessen;B1-K1-W1;Toetst een aanvraag aan wet- en regelgeving;href="/profielen/VS01.01.04"
            VS-2040       | Kenmerken;Organisatie;Afdeling Belastingen en Invordering;Schaal 7;Soort functie;Werk- en denkniveau;Doel van de functie;Resultaatgebieden;n.v.t.;Leidinggeven;Kaders;Invorderingswet 1990;Vakinhoudelijke competenties;Gedragscompetenties;Gedragsvoorbeeld;bedrijfscompetentie;Context;Aandachtsgebieden;Kwijtschelding
            VS-3100       | Niveaus;VS-3101;Gevorderd;Resultaatgebieden;Differentiërende factoren;Complexiteit;Speelruimte;Kennis en vaardigheden;Participatiewet op hoofdlijnen;Competenties;Kern;Management en leidinggeven
            VS-3102       | Klantbegeleider;Niveaus;Differentiërende factoren;is niveau;Klantbegeleider B (Gevorderd);is-marked
            """)
    void showsEverySectionOfTheProfileKind(String code, String expected) {
        HttpResponse<String> page = web.get("/profielen/" + code);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(expected.split(";")).contains("Versie 1 van 1", "Versiegeschiedenis");
    }

    @Test
    void showsTheDictionaryWithLevelsAndIndicators() {
        assertThat(web.get("/woordenboek").body()).contains("Competentiewoordenboek Voorbeeldstad", "12",
                "href=\"/woordenboek/voorbeeldstad\"");

        HttpResponse<String> dictionary = web.get("/woordenboek/voorbeeldstad");

        assertThat(dictionary.statusCode()).isEqualTo(200);
        assertThat(dictionary.body()).contains("Persoonlijk", "Relationeel", "Integriteit",
                "Werkt eerlijk en onpartijdig", "richting geven", "regels volgen",
                "Kent de gedragscode en past die toe in het eigen werk.");
    }

    @Test
    void explainsTheChosenCompetencyLevelForTheEditForm() {
        String fragment = web.get("/woordenboek/voorbeeldstad/uitleg?competency=Integriteit&level=B").body();

        assertThat(fragment).contains("aanspreken", "Spreekt collega").doesNotContain("<html");
    }

    @Test
    void showsTheVersionHistory() {
        HttpResponse<String> history = web.get("/profielen/VS-2040/versies");

        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("Versiegeschiedenis", "Medewerker Belastingen", "functiehuis demo",
                "Demo-inhoud", "1 januari 2026", "href=\"/profielen/VS-2040/versies/1\"");
    }

    @Test
    void answersUnknownAddressesWithTheDutchNotFoundPage() {
        HttpResponse<String> profile = web.get("/profielen/XX-999");
        HttpResponse<String> version = web.get("/profielen/VS-2040/versies/9");
        HttpResponse<String> dictionary = web.get("/woordenboek/bestaat-niet");
        HttpResponse<String> page = web.get("/bestaat/niet");

        assertThat(List.of(profile, version, dictionary, page)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("Niet gevonden", "Naar het functiehuis", "lang=\"nl\"");
        });
        assertThat(profile.body()).contains("Er is geen functieprofiel met code &#39;XX-999&#39;.");
        assertThat(version.body()).contains("heeft geen versie 9");
    }

    @Test
    void showsTheDutchErrorPageForServerErrors() {
        HttpResponse<String> error = web.get("/error");

        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.body()).contains("Er ging iets mis", "Er is niets gewijzigd", "Gemeente Voorbeeldstad");
    }

    @Test
    void sendsAnonymousEditorsToTheLoginPage() {
        HttpResponse<String> edit = web.get("/profielen/VS-2040/bewerken");

        assertThat(edit.statusCode()).isEqualTo(302);
        assertThat(edit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(web.get("/login").body()).contains("Inloggen", "Gebruikersnaam", "Wachtwoord", "for=\"username\"");
    }

    @Test
    void tellsInDutchWhenSigningInFails() {
        HttpResponse<String> failed = web.login("adviseur", "fout");

        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(web.follow(failed).body()).contains("Inloggen is niet gelukt", "role=\"alert\"");
    }

    @Test
    void showsTheSignedInUserInTheHeader() {
        web.login("adviseur", "welkom");

        assertThat(web.get("/").body()).contains("adviseur", "Uitloggen").doesNotContain(">Inloggen<");
    }
}
