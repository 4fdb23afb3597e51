package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;

import nl.functiehuis.importer.blocks.Cell;
import org.junit.jupiter.api.Test;

class ItemsTest {

    @Test
    void splitsAfterASentenceEndFollowedByACapital() {
        assertThat(Items.infer("Opent de post. Sorteert de stukken, o.a. brieven. Scant ze in."))
                .containsExactly("Opent de post.", "Sorteert de stukken, o.a. brieven.", "Scant ze in.");
    }

    @Test
    void splitsBeforeACapitalisedWordInsideTheText() {
        assertThat(Items.infer("Dossier volledig bijgewerkt Klant tijdig geïnformeerd"))
                .containsExactly("Dossier volledig bijgewerkt", "Klant tijdig geïnformeerd");
        assertThat(Items.infer("Mondeling overtuigen Plannen")).containsExactly("Mondeling overtuigen", "Plannen");
    }

    @Test
    void keepsNamesAfterArticlesPrepositionsAndAroundAmpersands() {
        assertThat(Items.infer("Werkt samen met de Belastingdienst en het UWV")).hasSize(1);
        assertThat(Items.infer("Stemt af met Zorg & Welzijn over de aanpak")).hasSize(1);
        assertThat(Items.infer("Meldt het aan Burgerzaken, Financiën en ICT")).hasSize(1);
    }

    @Test
    void keepsListItemsAndParagraphsAsWritten() {
        Items.Read listed = Items.of(Cell.of("<ul> • Eerste punt Met hoofdletter • Tweede punt </ul>"));
        assertThat(listed.inferred()).isFalse();
        assertThat(listed.items()).containsExactly("Eerste punt Met hoofdletter", "Tweede punt");
        Items.Read inferred = Items.of(Cell.of("<ul> Eerste punt Tweede punt </ul>"));
        assertThat(inferred.inferred()).isTrue();
        assertThat(inferred.items()).containsExactly("Eerste punt", "Tweede punt");
    }
}
