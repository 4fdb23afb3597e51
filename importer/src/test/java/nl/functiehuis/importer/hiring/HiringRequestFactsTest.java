package nl.functiehuis.importer.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.importer.facts.FactCheck;
import nl.functiehuis.importer.facts.SharedDocuments;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.VacancyStatus;
import org.junit.jupiter.api.Test;

class HiringRequestFactsTest {
    private static final String SEED = "003_7ceb7edc73668c4f";

    @Test
    void recoversEveryExpectedFactOfTheSeedRequest() {
        ParsedDocument parsed = parse(SEED);
        var check = FactCheck.compare(FactCheck.expected(SEED), HiringRequestProjection.of(parsed),
                new String(SharedDocuments.seedBytes(SEED), StandardCharsets.UTF_8));
        System.out.println(check.summary(SEED));
        assertThat(check.missing()).isEmpty();
    }

    @Test
    void readsTheOfferIntoTheVacancyTerms() {
        var vacancy = parse(SEED).draft().vacancies().get(0);
        var terms = vacancy.terms();
        assertThat(vacancy.status()).isEqualTo(VacancyStatus.CONCEPT);
        assertThat(terms.expectedStart()).isEqualTo(YearMonth.of(2020, 9));
        assertThat(terms.scale()).isEqualTo(6);
        assertThat(terms.pricePercent()).isEqualTo(30);
        assertThat(terms.qualityPercent()).isEqualTo(70);
        assertThat(terms.tariffMin()).isEqualByComparingTo(BigDecimal.valueOf(23));
        assertThat(terms.tariffMax()).isEqualByComparingTo(BigDecimal.valueOf(35));
        assertThat(vacancy.requirements()).extracting(Requirement::kind).containsExactly(Requirement.Kind.EDUCATION,
                Requirement.Kind.EXPERIENCE, Requirement.Kind.SECTOR, Requirement.Kind.SYSTEM, Requirement.Kind.OTHER,
                Requirement.Kind.OTHER);
        assertThat(parse(SEED).draft().profiles()).isEmpty();
    }

    @Test
    void warnsAboutTheDepartmentWrittenInOtherCapitals() {
        assertThat(parse(SEED).report()).filteredOn(e -> e.severity() == ReportEntry.Severity.WARNING)
                .extracting(e -> e.place() + " " + e.message())
                .anyMatch(m -> m.startsWith("regel 84 ") && m.contains("'afdeling Beheer inkomen'"));
    }

    static ParsedDocument parse(String seed) {
        ParseResult result = new ProfileDocumentParser().parse(seed + ".txt", SharedDocuments.seedBytes(seed));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).document();
    }
}
