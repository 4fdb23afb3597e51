package nl.functiehuis.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnumerationsTest {

    @Test
    void splitsOnCommasAndTheLastEn() {
        assertThat(Enumerations.split("burgers, ondernemers en instellingen."))
                .containsExactly("burgers", "ondernemers", "instellingen");
    }

    @Test
    void keepsEnInsideEarlierItems() {
        assertThat(Enumerations.split("het innen van huur en pacht, het bijhouden van dossiers, en het archiveren"))
                .containsExactly("het innen van huur en pacht", "het bijhouden van dossiers", "het archiveren");
    }

    @Test
    void splitsAListWithoutCommasOnlyAtItsLastEn() {
        assertThat(Enumerations.split("Inkoop en Verkoop en Juridische Zaken"))
                .containsExactly("Inkoop en Verkoop", "Juridische Zaken");
    }
}
