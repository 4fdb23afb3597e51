package nl.functiehuis.importer.uwv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.ReportEntry;
import nl.functiehuis.importer.facts.FactCheck;
import nl.functiehuis.importer.facts.SharedDocuments;
import nl.functiehuis.profile.OrganisationProfile;
import org.junit.jupiter.api.Test;

class OrganisationProfileFactsTest {
    private static final String SEED = "000_63ca9b401df744e4";

    @Test
    void recoversEveryExpectedFactOfTheSeedProfile() {
        ParsedDocument parsed = parse(SEED);
        var check = FactCheck.compare(FactCheck.expected(SEED), OrganisationProfileProjection.of(parsed),
                new String(SharedDocuments.seedBytes(SEED), StandardCharsets.UTF_8));
        System.out.println(check.summary(SEED));
        assertThat(check.missing()).isEmpty();
    }

    @Test
    void readsTheCoverSheetIntoTheDomainProfile() {
        ParsedDocument parsed = parse(SEED);
        var draft = parsed.draft().profiles().get(0);
        var profile = (OrganisationProfile) draft.profile();
        assertThat(profile.code().value()).isEqualTo("1397");
        assertThat(profile.scale()).isEqualTo(4);
        assertThat(profile.organisation()).isEqualTo("UWV");
        assertThat(draft.status()).isEqualTo(VersionStatus.DEFINITIEF);
        assertThat(draft.effectiveDate()).isEqualTo(LocalDate.of(2007, 6, 1));
        assertThat(parsed.draft().vacancies()).isEmpty();
    }

    @Test
    void warnsAboutEveryToleratedLabelWithItsLine() {
        ParsedDocument parsed = parse(SEED);
        assertThat(parsed.report()).filteredOn(e -> e.severity() == ReportEntry.Severity.WARNING)
                .extracting(e -> e.place() + " " + e.message())
                .anyMatch(m -> m.startsWith("regel 10 ") && m.contains("'Funcienaam:'"))
                .anyMatch(m -> m.startsWith("regel 16 ") && m.contains("'Gedragcompetenties:'"))
                .anyMatch(m -> m.startsWith("regel 15 ") && m.contains("dubbele punt"));
    }

    static ParsedDocument parse(String seed) {
        ParseResult result = new ProfileDocumentParser().parse(seed + ".txt", SharedDocuments.seedBytes(seed));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).document();
    }
}
