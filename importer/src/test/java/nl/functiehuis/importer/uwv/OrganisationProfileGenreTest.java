package nl.functiehuis.importer.uwv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.importer.facts.SharedDocuments;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.importer.format.TextFormat;
import nl.functiehuis.importer.text.Inconsistency;
import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ResultArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recognition rests on structure: a profile of our own, another function with a typo elsewhere, still reads. */
class OrganisationProfileGenreTest {
    private static final String OWN = "organisation-profile-2040.txt";

    @Test
    void readsTheCoverSheetOfAnotherFunction() {
        ParsedDocument parsed = parse(OWN);
        var draft = parsed.draft().profiles().get(0);
        var profile = (OrganisationProfile) draft.profile();
        assertThat(parsed.kind()).isEqualTo(DocumentKind.ORGANISATION_PROFILE);
        assertThat(profile.code().value()).isEqualTo("2040");
        assertThat(profile.title()).isEqualTo("Adviseur Gegevensbeheer");
        assertThat(profile.scale()).isEqualTo(8);
        assertThat(profile.thinkingLevel()).isEqualTo("HBO");
        assertThat(profile.organisation()).isEqualTo("gemeente Zuidhaven");
        assertThat(profile.department()).isEqualTo("Beheer Basisregistraties");
        assertThat(draft.status()).isEqualTo(VersionStatus.CONCEPT);
        assertThat(draft.effectiveDate()).isEqualTo(LocalDate.of(2021, 3, 15));
    }

    @Test
    void warnsAboutATypoInAnotherLabelAndNoneElsewhere() {
        var warnings = parse(OWN).report().stream().filter(e -> e.severity() == ReportEntry.Severity.WARNING)
                .map(e -> e.place() + " " + e.message()).toList();
        assertThat(warnings).anyMatch(w -> w.startsWith("regel 11 ") && w.contains("'Ingangsdtum:'"));
        assertThat(warnings).noneMatch(w -> w.contains("Functienaam") || w.contains("dubbele punt"));
    }

    @Test
    void continuesAResultRowSplitByAPageBreak() {
        var areas = profile(parse(OWN)).resultAreas();
        assertThat(areas).extracting(ResultArea::name).containsExactly("Gegevens", "Advies", "Projecten");
        assertThat(areas.get(1).activities()).hasSize(2);
        assertThat(areas.get(2).notApplicable()).isTrue();
    }

    @Test
    void takesEachCompetencyGroupFromTheCoverSheetLists() {
        ParsedDocument parsed = parse(OWN);
        assertThat(profile(parsed).behaviourCompetencies()).extracting(BehaviourCompetency::group).containsExactly(
                "bedrijfscompetentie", "bedrijfscompetentie", "functiecompetentie", "functiecompetentie");
        assertThat(facts(parsed).summary().functionCompetencies()).containsExactly("Nauwkeurig", "Plannen en organiseren");
        assertThat(facts(parsed).inconsistencies()).filteredOn(i -> i.kind().equals("summary-vs-table"))
                .flatExtracting(Inconsistency::readings).extracting(Inconsistency.Reading::text)
                .containsExactly("Nauwkeurig", "Nauwkeurigheid");
    }

    @Test
    void findsTheDepartmentWrittenTwoWays() {
        var department = facts(parse(OWN)).department();
        assertThat(department).isNotNull();
        assertThat(department.variant()).isEqualTo("Beheren Basisregistraties");
        assertThat(department.variantAt().number()).isEqualTo(45);
    }

    @Test
    void readsTheContextByItsPhrases() {
        var context = facts(parse(OWN)).context();
        assertThat(context).isNotNull();
        assertThat(context.collaboratingDepartments()).containsExactly("Vergunningen", "Belastingen");
        assertThat(context.contacts()).containsExactly("bronhouders", "leveranciers", "collega's");
        assertThat(context.focusAreas()).singleElement()
                .satisfies(f -> assertThat(f.extraTask()).isEqualTo("het controleren van nieuwe adressen"));
        assertThat(facts(parse(OWN)).heading(ProfilePart.ORGANOGRAM)).isEmpty();
    }

    @Test
    void fitsItsOwnSeedAndOurOwnProfileHighly() {
        assertThat(fit(SharedDocuments.seedBytes("000_63ca9b401df744e4"))).isGreaterThan(0.8);
        assertThat(fit(resource(OWN))).isGreaterThan(0.8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"002_a5768d5073a23071", "003_7ceb7edc73668c4f", "004_88b33e1c9ba14cea"})
    void fitsTheOtherSeedsLow(String seed) {
        assertThat(fit(SharedDocuments.seedBytes(seed))).isLessThan(0.35);
    }

    @Test
    void fitsOurOwnHiringRequestLow() {
        assertThat(fit(resource("hiring-request-without-wishes.txt"))).isLessThan(0.35);
    }

    private static double fit(byte[] content) {
        try {
            return new OrganisationProfileGenre().fit(new TextFormat().read("test.txt", content, Limits.DEFAULT));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static OrganisationProfile profile(ParsedDocument parsed) {
        return (OrganisationProfile) parsed.draft().profiles().get(0).profile();
    }

    private static OrganisationProfileFacts facts(ParsedDocument parsed) {
        return (OrganisationProfileFacts) parsed.facts();
    }

    static ParsedDocument parse(String resource) {
        ParseResult result = new ProfileDocumentParser().parse(resource, resource(resource));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).document();
    }

    static byte[] resource(String name) {
        try (InputStream in = OrganisationProfileGenreTest.class.getResourceAsStream("/profiles/" + name)) {
            assertThat(in).as("test document %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
