package nl.functiehuis.importer.levelled;

import static org.assertj.core.api.Assertions.assertThat;

import nl.functiehuis.importer.blocks.Location;
import org.junit.jupiter.api.Test;

class OrgChartTest {

    @Test
    void followsTheChainFromTheTopNodeWhateverTheEdgeOrder() {
        var chart = OrgChart.parse(
                "graph TD C[Teamleider] --> D[Medewerker] A[Directeur] --> B[Afdelingshoofd] B --> C",
                Location.line(2)).orElseThrow();
        assertThat(chart.header()).isEqualTo("graph TD");
        assertThat(chart.chainTopDown()).containsExactly("Directeur", "Afdelingshoofd", "Teamleider", "Medewerker");
    }

    @Test
    void readsFlowchartsWithRoundNodesAndEdgeLabels() {
        var chart = OrgChart.parse("flowchart TB x(Raad) -->|stuurt| y(Bestuur & Staf) y --> z(Team)", Location.line(1))
                .orElseThrow();
        assertThat(chart.chainTopDown()).containsExactly("Raad", "Bestuur & Staf", "Team");
    }

    @Test
    void ignoresTextThatIsNoChart() {
        assertThat(OrgChart.parse("Valt onder het afdelingshoofd --> zie bijlage", Location.line(1))).isEmpty();
    }
}
