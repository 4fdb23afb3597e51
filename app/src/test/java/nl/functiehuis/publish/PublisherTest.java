package nl.functiehuis.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;

class PublisherTest {
    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void refusesABookletOfMoreProfilesThanTheMaximum() {
        Publisher publisher = publisher(Publisher.MAX_BOOKLET_PROFILES + 1);

        assertThatThrownBy(() -> publisher.booklet(new BookletScope.Series("G")))
                .isInstanceOf(BookletTooLarge.class)
                .hasMessageContaining((Publisher.MAX_BOOKLET_PROFILES + 1) + " profielen")
                .hasMessageContaining("Kies een functiereeks, functiegroep of functiefamilie");
    }

    @Test
    void makesABookletOfTheMaximumWithTheDateOfTheClock() {
        Booklet booklet = publisher(Publisher.MAX_BOOKLET_PROFILES).booklet(new BookletScope.Series("G")).orElseThrow();

        assertThat(booklet.profileCount()).isEqualTo(Publisher.MAX_BOOKLET_PROFILES);
        assertThat(booklet.date()).isEqualTo("2 maart 2026");
        assertThat(booklet.note()).contains("elk van de " + Publisher.MAX_BOOKLET_PROFILES + " profielen");
        assertThat(booklet.chapters()).singleElement().satisfies(c -> assertThat(c.label()).isEqualTo("G.01 Groep"));
    }

    private static Publisher publisher(int profiles) {
        FunctionProfiles store = mock(FunctionProfiles.class);
        HouseCatalog catalog = mock(HouseCatalog.class);
        when(store.latestOfAll()).thenReturn(IntStream.rangeClosed(1, profiles).mapToObj(PublisherTest::version).toList());
        when(catalog.name()).thenReturn("Proefhuis");
        when(catalog.series()).thenReturn(List.of(new FunctionSeries("G", "Reeks", null,
                List.of(new FunctionGroup("G.01", "Groep", null)))));
        return new Publisher(store, catalog, new TemplateEngine(), Clock.fixed(NOON, ZoneOffset.UTC));
    }

    private static ProfileVersion version(int n) {
        NormFunction p = new NormFunction(ProfileCode.of("G.01." + n), "Functie " + n, "G.01", null, null,
                new NormContent(List.of(), List.of(), List.of(), List.of(), List.of(), null));
        return new ProfileVersion(p.code(), 1, VersionStatus.CONCEPT, null, "tester", NOON, null, p);
    }
}
