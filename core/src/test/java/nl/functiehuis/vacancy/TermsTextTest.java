package nl.functiehuis.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TermsTextTest {

    private static final Terms REQUEST = new Terms("Stadhuisplein 1", null, null, 2, 36, 6, 3, 6, 6,
            new BigDecimal("23"), new BigDecimal("35.50"), 30, 70, null, 39);

    @Test
    void writesTheTermsOfARequestInShortDutch() {
        assertThat(TermsText.scale(REQUEST)).isEqualTo("FSK 6");
        assertThat(TermsText.tariff(REQUEST)).isEqualTo("€ 23 – € 35,50");
        assertThat(TermsText.weights(REQUEST)).isEqualTo("30% prijs / 70% kwaliteit");
        assertThat(TermsText.duration(REQUEST)).isEqualTo("6 maanden + 3 × 6 maanden");
        assertThat(TermsText.verification(REQUEST)).isEqualTo("week 39");
        assertThat(TermsText.lines(REQUEST)).extracting(TermsText.Line::label).containsExactly("Werklocatie",
                "Aantal medewerkers", "Uren per week", "Duur", "Schaal", "Tariefrange (per uur)", "Prijs/kwaliteit",
                "Verificatiegesprekken");
    }

    @Test
    void leavesOutWhatIsUnknown() {
        assertThat(TermsText.lines(Terms.none())).isEmpty();
        assertThat(TermsText.tariff(Terms.none())).isEmpty();
    }
}
