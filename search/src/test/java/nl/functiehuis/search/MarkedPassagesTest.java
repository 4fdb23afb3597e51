package nl.functiehuis.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class MarkedPassagesTest {
    final MarkedPassages formatter = new MarkedPassages();

    @Test
    void marksMatchesAndEscapesTheRest() {
        String text = "Werkt met <b>klanten</b> & collega's.";
        Passage p = passage(0, text.length(), text.indexOf("klanten"), text.indexOf("klanten") + 7);

        assertThat(formatter.format(new Passage[] {p}, text))
                .isEqualTo("Werkt met &lt;b&gt;<mark>klanten</mark>&lt;/b&gt; &amp; collega&#39;s.");
    }

    @Test
    void marksOverlappingCompoundPartsOnce() {
        String text = "De beleidsmedewerker schrijft.";
        int start = text.indexOf("beleids");
        Passage p = passage(0, text.length(), start, start + 17);
        p.addMatch(start, start + 17, new BytesRef("medewerker"), 1);

        assertThat(formatter.format(new Passage[] {p}, text)).isEqualTo("De <mark>beleidsmedewerker</mark> schrijft.");
    }

    @Test
    void cutsALongPassageToAWindowAroundItsFirstMatch() {
        String text = "aanloop ".repeat(40) + "kwijtschelding " + "uitloop ".repeat(40);
        int start = text.indexOf("kwijtschelding");
        Passage p = passage(0, text.length(), start, start + 14);

        String snippet = formatter.format(new Passage[] {p}, text);

        assertThat(snippet).startsWith("…aanloop").endsWith("uitloop…").contains("<mark>kwijtschelding</mark>");
        assertThat(snippet.length()).isLessThan(MarkedPassages.WINDOW + 40);
    }

    @Test
    void joinsPassagesWithAnEllipsisAndShowsValueBoundaries() {
        String text = "Eerste waarde\u0000tweede waarde";
        Passage first = passage(0, text.length(), 0, 6);

        assertThat(formatter.format(new Passage[] {first, passage(0, 6, 0, 6)}, text))
                .isEqualTo("<mark>Eerste</mark> waarde · tweede waarde … <mark>Eerste</mark>");
    }

    private static Passage passage(int start, int end, int matchStart, int matchEnd) {
        var p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        p.addMatch(matchStart, matchEnd, new BytesRef("x"), 1);
        return p;
    }
}
