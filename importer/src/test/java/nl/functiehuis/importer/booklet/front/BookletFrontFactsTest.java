package nl.functiehuis.importer.booklet.front;

import static org.assertj.core.api.Assertions.assertThat;

import nl.functiehuis.importer.facts.FactCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BookletFrontFactsTest {
    private static SeedFront seed;

    @BeforeAll
    static void readSeed() {
        seed = new SeedFront();
    }

    @Test
    void recoversEveryFrontMatterFactOfTheBooklet() {
        FactCheck check = FactCheck.compare(seed.expected(), FrontMatterProjection.project(seed.front),
                seed.seedText);

        System.out.println(check.summary("boekje voorwerk (" + SeedFront.SEED + ")"));
        assertThat(check.total()).isGreaterThan(300);
        assertThat(check.missing()).isEmpty();
    }
}
