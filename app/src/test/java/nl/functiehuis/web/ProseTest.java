package nl.functiehuis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored text shown with its paragraphs and lists. */
class ProseTest {
    private final Prose prose = new Prose();

    @Test
    void keepsEachLineAsAParagraph() {
        assertThat(prose.blocks("Eerste alinea.\n\nTweede alinea.\nDerde."))
                .extracting(Prose.Block::kind, Prose.Block::text)
                .containsExactly(tuple("p", "Eerste alinea."),
                        tuple("p", "Tweede alinea."),
                        tuple("p", "Derde."));
    }

    @Test
    void turnsBulletedAndNumberedLinesIntoLists() {
        List<Prose.Block> blocks = prose.blocks("Gericht op:\n- sneller\n• beter\nVier pijlers:\n3. Ruimte\n4. Leren");

        assertThat(blocks).extracting(Prose.Block::kind).containsExactly("p", "ul", "p", "ol");
        assertThat(blocks.get(1).items()).containsExactly("sneller", "beter");
        assertThat(blocks.get(3).items()).containsExactly("Ruimte", "Leren");
        assertThat(blocks.get(3).start()).isEqualTo(3);
    }

    @Test
    void keepsTextWithoutLineBreaksAsOneParagraph() {
        assertThat(prose.blocks("Werkt zelfstandig - binnen kaders - aan 2. versies.")).singleElement()
                .extracting(Prose.Block::text).isEqualTo("Werkt zelfstandig - binnen kaders - aan 2. versies.");
        assertThat(prose.blocks(null)).isEmpty();
        assertThat(prose.blocks("  \n ")).isEmpty();
    }
}
