package nl.functiehuis.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.publish.BookletPlan.Part;
import org.junit.jupiter.api.Test;

class BookletPlanTest {
    static final HouseSnapshot DEMO = DemoHouse.snapshot(Instant.EPOCH);
    final BookletPlan plan = new BookletPlan(DEMO.profiles(), DEMO.series(), DEMO.name());

    @Test
    void holdsEveryGroupOfASeriesAsAChapter() {
        BookletPlan.Plan series = plan.plan(new BookletScope.Series("vs01")).orElseThrow();

        assertThat(series.kicker()).isEqualTo("Functiereeks VS01");
        assertThat(series.title()).isEqualTo("Publieksdienstverlening");
        assertThat(series.parts()).extracting(Part::code).containsExactly("VS01.01", "VS01.02");
        assertThat(codes(series.parts().getFirst())).containsExactly("VS01.01.02", "VS01.01.04", "VS01.01.04/VP",
                "VS01.01.06", "VS01.01.08");
    }

    @Test
    void holdsOnlyTheGroupAsked() {
        BookletPlan.Plan group = plan.plan(new BookletScope.Group("VS01.02")).orElseThrow();

        assertThat(group.parts()).singleElement().satisfies(p -> assertThat(codes(p)).containsExactly("VS-3100"));
        assertThat(group.kicker()).contains("Functiegroep VS01.02", "VS01 Publieksdienstverlening");
    }

    @Test
    void findsAFamilyByOneOfItsLevelCodes() {
        BookletPlan.Plan family = plan.plan(new BookletScope.Family("vs-3102")).orElseThrow();

        assertThat(family.title()).isEqualTo("Klantbegeleider");
        assertThat(family.profiles()).isEqualTo(1);
        assertThat(plan.plan(new BookletScope.Family("VS01.01.02"))).as("a norm function is no family").isEmpty();
    }

    @Test
    void putsProfilesOutsideAnyGroupLastInTheHouseBooklet() {
        BookletPlan.Plan house = plan.plan(new BookletScope.House()).orElseThrow();

        assertThat(house.title()).isEqualTo(DemoHouse.NAME);
        assertThat(house.parts()).extracting(Part::name).containsExactly("Balie en contact", "Begeleiding", "Overige profielen");
        assertThat(codes(house.parts().getLast())).containsExactly("VS-2040");
        assertThat(house.profiles()).isEqualTo(DEMO.profiles().size());
    }

    @Test
    void findsNothingForAnUnknownSeriesOrGroup() {
        assertThat(plan.plan(new BookletScope.Series("N99"))).isEmpty();
        assertThat(plan.plan(new BookletScope.Group("N99.01"))).isEmpty();
    }

    @Test
    void namesTheBookletFileAfterItsScope() {
        assertThat(new BookletScope.Series("N06").fileName()).isEqualTo("boekje-N06.pdf");
        assertThat(new BookletScope.Family("3006/3007").fileName()).isEqualTo("boekje-3006-3007.pdf");
        assertThat(new BookletScope.House().fileName()).isEqualTo("boekje-functiehuis.pdf");
    }

    private static List<String> codes(Part part) {
        return part.versions().stream().map(ProfileVersion::code).map(Object::toString).toList();
    }
}
