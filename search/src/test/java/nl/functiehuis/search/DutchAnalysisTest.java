package nl.functiehuis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class DutchAnalysisTest {
    final Analyzer indexing = DutchAnalysis.indexing(WordParts.shipped());
    final Analyzer querying = DutchAnalysis.querying();

    @Test
    void findsQueryTermAmongTermsOfCompound() {
        assertThat(terms(indexing, "Beleidsmedewerker")).containsAll(terms(querying, "medewerker"));
        assertThat(terms(indexing, "Klantcontactcentrum")).containsAll(terms(querying, "klant"));
    }

    @Test
    void stemsDerivedFormsToTheSameTerm() {
        assertThat(terms(querying, "klantgericht")).isEqualTo(terms(querying, "Klantgerichtheid"));
        assertThat(terms(querying, "medewerkers")).isEqualTo(terms(querying, "medewerker"));
        assertThat(terms(indexing, "klantgerichte houding")).containsAll(terms(querying, "klantgericht"));
    }

    @Test
    void foldsAccents() {
        assertThat(terms(querying, "cliënt")).isEqualTo(terms(querying, "client"));
        assertThat(terms(querying, "financiën")).isEqualTo(terms(querying, "financien"));
    }

    @Test
    void dropsStopWords() {
        assertThat(terms(querying, "de klant en het loket")).hasSize(2);
    }

    @Test
    void doesNotSplitWhatIsTyped() {
        assertThat(terms(querying, "beleidsmedewerker")).hasSize(1);
        assertThat(terms(indexing, "beleidsmedewerker")).hasSize(3);
    }

    @Test
    void keepsWordThatIsNoCompoundAsOneTerm() {
        assertThat(terms(indexing, "medewerker")).hasSize(1);
        assertThat(terms(indexing, "integriteit")).hasSize(1);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
