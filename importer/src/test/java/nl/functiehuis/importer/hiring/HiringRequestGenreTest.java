package nl.functiehuis.importer.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import nl.functiehuis.importer.DocumentKind;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.importer.facts.SharedDocuments;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.importer.format.TextFormat;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.Task;
import nl.functiehuis.vacancy.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recognition rests on structure: a request of our own, other numbers, swapped values, no wensen, still reads. */
class HiringRequestGenreTest {
    private static final String OWN = "hiring-request-without-wishes.txt";

    @Test
    void readsTheTermsOfAnotherRequest() {
        ParsedDocument parsed = parse(OWN);
        var terms = vacancy(parsed).terms();
        assertThat(parsed.kind()).isEqualTo(DocumentKind.HIRING_REQUEST);
        assertThat(terms.location()).isEqualTo("Stadhuisplein 1, 1234 AB Zuidhaven");
        assertThat(((HiringRequestFacts) parsed.facts()).city()).isEqualTo("Zuidhaven");
        assertThat(terms.expectedStart()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(terms.headcount()).isEqualTo(1);
        assertThat(terms.hoursPerWeek()).isEqualTo(32);
        assertThat(terms.durationMonths()).isEqualTo(12);
        assertThat(terms.extensionCount()).isEqualTo(2);
        assertThat(terms.extensionMonths()).isEqualTo(3);
        assertThat(terms.tariffMin()).isEqualByComparingTo(new BigDecimal("55.50"));
        assertThat(terms.tariffMax()).isEqualByComparingTo(BigDecimal.valueOf(72));
        assertThat(terms.verificationWeek()).isEqualTo(11);
    }

    @Test
    void pairsValuesThatFollowTheirLabelsInAnotherOrderByTheirShape() {
        var terms = vacancy(parse(OWN)).terms();
        assertThat(terms.scale()).isEqualTo(10);
        assertThat(terms.pricePercent()).isEqualTo(40);
        assertThat(terms.qualityPercent()).isEqualTo(60);
    }

    @Test
    void warnsAboutATypoInAnOfferLabel() {
        assertThat(parse(OWN).report()).filteredOn(e -> e.severity() == ReportEntry.Severity.WARNING)
                .extracting(e -> e.place() + " " + e.message())
                .anyMatch(m -> m.startsWith("regel 27 ") && m.contains("'Tarifrange:'"));
    }

    @Test
    void readsARequestWithoutWishes() {
        Vacancy vacancy = vacancy(parse(OWN));
        assertThat(vacancy.wishes()).isEmpty();
        assertThat(vacancy.tasks()).extracting(Task::future).containsExactly(false, true);
        assertThat(vacancy.competencies()).hasSize(2);
        assertThat(vacancy.organisation()).isEqualTo("gemeente Zuidhaven");
    }

    @Test
    void readsWhatEachRequirementAsks() {
        var requirements = vacancy(parse(OWN)).requirements();
        assertThat(requirements).extracting(Requirement::kind)
                .containsExactly(Requirement.Kind.EDUCATION, Requirement.Kind.EXPERIENCE, Requirement.Kind.SYSTEM);
        assertThat(requirements.get(0).mboLevel()).isNull();
        assertThat(requirements.get(1).yearsMin()).isEqualTo(2);
        assertThat(requirements.get(1).subject()).isEqualTo("beleidsmedewerker");
        assertThat(requirements.get(2).subject()).isEqualTo("Zaaksysteem");
    }

    @Test
    void findsTheClusterNameAndTheDepartmentInOtherCapitals() {
        var facts = (HiringRequestFacts) parse(OWN).facts();
        assertThat(facts.cluster()).isEqualTo("V&V");
        assertThat(facts.clusterFullName()).isEqualTo("Veiligheid en Vergunningen");
        assertThat(facts.department()).isNotNull();
        assertThat(facts.department().name()).isEqualTo("Vergunningen Toezicht");
        assertThat(facts.department().variant()).isEqualTo("Vergunningen toezicht");
    }

    @Test
    void fitsItsOwnSeedAndOurOwnRequestHighly() {
        assertThat(fit(SharedDocuments.seedBytes("003_7ceb7edc73668c4f"))).isGreaterThan(0.8);
        assertThat(fit(resource(OWN))).isGreaterThan(0.8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_63ca9b401df744e4", "002_a5768d5073a23071", "004_88b33e1c9ba14cea"})
    void fitsTheOtherSeedsLow(String seed) {
        assertThat(fit(SharedDocuments.seedBytes(seed))).isLessThan(0.35);
    }

    @Test
    void fitsOurOwnOrganisationProfileLow() {
        assertThat(fit(resource("organisation-profile-2040.txt"))).isLessThan(0.35);
    }

    private static double fit(byte[] content) {
        try {
            return new HiringRequestGenre().fit(new TextFormat().read("test.txt", content, Limits.DEFAULT));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Vacancy vacancy(ParsedDocument parsed) {
        return parsed.draft().vacancies().get(0);
    }

    private static ParsedDocument parse(String resource) {
        ParseResult result = new ProfileDocumentParser().parse(resource, resource(resource));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).document();
    }

    private static byte[] resource(String name) {
        try (InputStream in = HiringRequestGenreTest.class.getResourceAsStream("/profiles/" + name)) {
            assertThat(in).as("test document %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
