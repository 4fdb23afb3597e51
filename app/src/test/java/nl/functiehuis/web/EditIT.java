package nl.functiehuis.web;

import static nl.functiehuis.web.FormFields.between;
import static nl.functiehuis.web.FormFields.submit;
import static nl.functiehuis.web.FormFields.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.LoadDemo;
import nl.functiehuis.application.SaveProfile;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.NormFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Editing over real HTTP as a signed-in user: new versions, conflicts and refused input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:edit-it;DB_CLOSE_DELAY=-1")
class EditIT {
    private static final String FORM = "id=\"edit-form\"";

    @LocalServerPort
    int port;

    @Autowired
    LoadDemo demo;

    @Autowired
    BrowseHouse browse;

    @Autowired
    SaveProfile save;

    WebSession web;

    @BeforeEach
    void signIn() {
        demo.loadIfEmpty();
        web = new WebSession(port);
        web.login("adviseur", "welkom");
    }

    @Test
    void savesAnEditAsANewVersionAndKeepsTheOldOne() {
        var fields = form("VS01.01.06");
        fields = with(fields, "title", "Medewerker Dienstverlening III (herzien)");
        fields = with(fields, "note", "Titel verduidelijkt");

        HttpResponse<String> saved = web.post("/profielen/VS01.01.06/bewerken", submit(fields, "mode", "velden"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(web.follow(saved).body()).contains("Opgeslagen als versie 2", "Versie 2 van 2",
                "Medewerker Dienstverlening III (herzien)", "Titel verduidelijkt", "adviseur");
        ProfileVersion latest = browse.latest("VS01.01.06").orElseThrow();
        assertThat(latest.number()).isEqualTo(2);
        assertThat(latest.author()).isEqualTo("adviseur");
        assertThat(latest.profile().requirements()).isEqualTo(browse.version("VS01.01.06", 1).orElseThrow()
                .profile().requirements());
        assertThat(web.get("/profielen/VS01.01.06/versies/1").body()).contains(
                "U bekijkt versie 1; de nieuwste is versie 2.", "Medewerker Dienstverlening III<");
        assertThat(web.get("/profielen/VS01.01.06/versies").body()).contains("Titel verduidelijkt", "Demo-inhoud");
    }

    @Test
    void refusesAStaleEditAndKeepsBothEdits() {
        var mine = with(form("VS01.01.08"), "title", "Mijn nieuwe titel");
        ProfileVersion theirs = saveAsColleague("VS01.01.08", "Titel van een collega");

        HttpResponse<String> stale = web.post("/profielen/VS01.01.08/bewerken", submit(mine, "mode", "velden"));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Iemand anders heeft dit profiel intussen opgeslagen", "collega",
                "versie 2", "href=\"/profielen/VS01.01.08/versies/2\"", "Mijn wijzigingen toch opslaan als nieuwe versie");
        var shown = FormFields.of(stale.body(), FORM);
        assertThat(FormFields.value(shown, "title")).isEqualTo("Mijn nieuwe titel");
        assertThat(FormFields.value(shown, "basedOn")).isEqualTo("1");
        assertThat(browse.latest("VS01.01.08")).contains(theirs);

        HttpResponse<String> confirmed = web.post("/profielen/VS01.01.08/bewerken", submit(shown, "confirmLatest", "2"));

        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(browse.history("VS01.01.08")).extracting(v -> v.profile().title())
                .containsExactly("Medewerker Dienstverlening IV", "Titel van een collega", "Mijn nieuwe titel");
    }

    @Test
    void showsAProblemNextToItsFieldAndSavesNothing() {
        var fields = with(form("VS01.01.02"), "title", " ");

        HttpResponse<String> refused = web.post("/profielen/VS01.01.02/bewerken", submit(fields, "mode", "velden"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Het profiel is niet opgeslagen", "href=\"#f-title\"",
                "id=\"f-title-error\"", "aria-describedby=\"f-title-error\"");
        assertThat(between(refused.body(), "for=\"f-title\"", "id=\"f-title\"")).contains("is verplicht");
        assertThat(browse.history("VS01.01.02")).hasSize(1);
    }

    @Test
    void showsAnUnknownCompetencyNextToItsRow() {
        var fields = FormFields.change(form("VS01.01.02"), "competency", old -> "Toveren");

        HttpResponse<String> refused = web.post("/profielen/VS01.01.02/bewerken", submit(fields, "mode", "velden"));

        assertThat(between(refused.body(), "id=\"f-competencies-0\"", "class=\"comp-preview\""))
                .contains("onbekende competentie &#39;Toveren&#39;", "Toveren (niet in het woordenboek)");
        assertThat(browse.history("VS01.01.02")).hasSize(1);
    }

    @Test
    void refusesInvalidJsonNamingThePlace() {
        var fields = FormFields.change(form("VS01.01.02"), "json", json -> json.replace("\"Integriteit\"", "\"Toveren\""));

        HttpResponse<String> refused = web.post("/profielen/VS01.01.02/bewerken", submit(fields, "mode", "json"));

        assertThat(between(refused.body(), "for=\"f-json\"", "id=\"f-json\""))
                .contains("content.competencies[1].competency", "onbekende competentie &#39;Toveren&#39;");
        assertThat(refused.body()).contains("aria-selected=\"true\">Alle velden (JSON)");
        assertThat(browse.history("VS01.01.02")).hasSize(1);
    }

    @Test
    void savesTheFieldsOfAnOrganisationProfileAndRefusesABadScale() {
        var bad = with(form("VS-2040"), "scale", "zeven");
        assertThat(web.post("/profielen/VS-2040/bewerken", submit(bad, "mode", "velden")).body())
                .contains("id=\"f-scale-error\"", "is geen getal");

        var good = with(with(form("VS-2040"), "scale", "8"), "frameworks", "Gemeentewet\nInvorderingswet 1990");
        assertThat(web.post("/profielen/VS-2040/bewerken", submit(good, "mode", "velden")).statusCode()).isEqualTo(302);

        String page = web.get("/profielen/VS-2040").body();
        assertThat(page).contains("Schaal 8", "Invorderingswet 1990").doesNotContain("Wet waardering onroerende zaken");
    }

    private List<Map.Entry<String, String>> form(String code) {
        HttpResponse<String> page = web.get("/profielen/" + code + "/bewerken");
        assertThat(page.statusCode()).isEqualTo(200);
        return FormFields.of(page.body(), FORM);
    }

    private ProfileVersion saveAsColleague(String code, String title) {
        ProfileVersion latest = browse.latest(code).orElseThrow();
        NormFunction n = (NormFunction) latest.profile();
        var changed = new NormFunction(n.code(), title, n.groupCode(), n.dictionary(), n.nlqfLevel(), n.content());
        return save.save(new ProfileEdit(changed, latest.number(), VersionStatus.CONCEPT, null, "Door collega"), "collega");
    }
}
