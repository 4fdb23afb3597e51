package nl.functiehuis.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.functiehuis.SharedSeeds;
import nl.functiehuis.application.ImportOutcome.Status;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseFingerprints;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.search.SearchHit;
import nl.functiehuis.search.SearchRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Searching the imported reference documents: the acceptance case ("klantgericht" finds every profile
 * that asks for Klantgerichtheid, computed from what is stored), compounds, and an index that follows
 * every edit and import at once while a failed or dry-run import never reaches it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:search-it;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {
    @Autowired
    ImportDocuments importer;

    @Autowired
    SearchProfiles search;

    @Autowired
    FunctionProfiles profiles;

    @Autowired
    SaveProfile save;

    @Autowired
    HouseFingerprints fingerprints;

    @BeforeAll
    void importSeeds() {
        for (String seed : ImportIT.SEEDS) {
            ImportOutcome outcome = importer.importDocument(SharedSeeds.fileName(seed), SharedSeeds.bytes(seed), "tester", false);
            assertThat(outcome.status()).isEqualTo(Status.IMPORTED);
        }
    }

    @Test
    void findsEveryProfileThatAsksForKlantgerichtheid() {
        Set<String> asking = profiles.latestOfAll().stream()
                .filter(v -> v.profile().requirements().stream().anyMatch(r -> r.competency().equalsIgnoreCase("Klantgerichtheid")))
                .map(v -> v.code().value()).collect(Collectors.toSet());
        assertThat(asking).contains("N06.01.02", "N06.01.06/VP I", "N06.02.10", "1397", "3006/3007/3008").hasSizeGreaterThan(16);

        assertThat(codes("klantgericht")).containsAll(asking);
    }

    @Test
    void findsJuridischMedewerkerProfilesWhenSearchingMedewerker() {
        Set<String> juridisch = profiles.latestOfAll().stream()
                .filter(v -> v.profile() instanceof EnrichedProfile e && e.subtitle() != null
                        && e.subtitle().equalsIgnoreCase("Juridisch medewerker"))
                .map(v -> v.code().value()).collect(Collectors.toSet());
        assertThat(juridisch).hasSizeGreaterThanOrEqualTo(3);

        assertThat(codes("medewerker")).containsAll(juridisch);
        assertThat(codes("\"juridisch medewerker\"")).containsAll(juridisch);
    }

    @Test
    void findsAnEditAtOnce() {
        ProfileVersion latest = profiles.latest("N06.02.04").orElseThrow();
        var norm = (NormFunction) latest.profile();
        NormContent content = norm.content();
        var characteristics = new java.util.ArrayList<>(content.characteristics());
        characteristics.add("Organiseert de jaarlijkse zeppelinvaartdag voor de bibliotheek.");
        var edited = new NormFunction(norm.code(), norm.title(), norm.groupCode(), norm.dictionary(), norm.nlqfLevel(),
                new NormContent(characteristics, content.criticalSituations(), content.competencies(), content.knowledge(),
                        content.skills(), content.minimumEducation()));
        assertThat(codes("zeppelinvaartdag")).isEmpty();

        save.save(new ProfileEdit(edited, latest.number(), VersionStatus.DEFINITIEF, null, "test"), "tester");

        assertThat(codes("zeppelinvaartdag")).containsExactly("N06.02.04");
        assertThat(search.search(SearchRequest.of("N06.02.04", 1)).hits()).extracting(SearchHit::status)
                .containsExactly(VersionStatus.DEFINITIEF);
    }

    @Test
    void findsAnImportAtOnce() {
        ImportOutcome outcome = importer.importDocument("gewijzigd.txt", uwvWith("Beheert ook de kwijtscheldingsbalie."),
                "tester", false);

        assertThat(outcome.status()).isEqualTo(Status.IMPORTED);
        assertThat(codes("kwijtscheldingsbalie")).containsExactly("1397");
    }

    @Test
    void leavesTheIndexAloneWhenAnImportFailsOrIsADryRun() {
        String before = fingerprints.current().value();

        ImportOutcome dryRun = importer.importDocument("proef.txt", uwvWith("Proefdraait de vlootschouw."), "tester", true);
        ImportOutcome failed = importer.importDocument("leeg.txt", "\n \n".getBytes(StandardCharsets.UTF_8), "tester", false);

        assertThat(dryRun.status()).isEqualTo(Status.IMPORTED);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(codes("vlootschouw")).isEmpty();
        assertThat(fingerprints.current().value()).isEqualTo(before);
    }

    private List<String> codes(String text) {
        return search.search(SearchRequest.of(text, SearchRequest.MAX_LIMIT)).hits().stream().map(SearchHit::code).toList();
    }

    /** The UWV document with a sentence added to its first paragraph. */
    private static byte[] uwvWith(String sentence) {
        return SharedSeeds.text(SharedSeeds.UWV).replaceFirst("</p>", " " + sentence + "</p>").getBytes(StandardCharsets.UTF_8);
    }
}
