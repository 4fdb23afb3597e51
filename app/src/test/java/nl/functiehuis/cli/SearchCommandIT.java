package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.functiehuis.json.HouseJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code search} end to end, in process, on a demo house in a data directory of its own. */
class SearchCommandIT {
    @TempDir
    Path tmp;

    String data;

    @BeforeEach
    void demoHouse() {
        data = tmp.resolve("data").toString();
        assertThat(CliRun.of("demo", "--data", data).exit()).isZero();
    }

    @Test
    void printsHitsWithSnippetAndFacetsAndKeepsTheIndexBesideTheDatabase() {
        CliRun run = CliRun.of("search", "kwijtschelding", "--data", data);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("1 profiel gevonden voor \"kwijtschelding\":\n\nVS-2040  Medewerker Belastingen"
                + " · Functieprofiel · Definitief\n    ").contains("*Kwijtschelding*", "Status: Definitief (1)");
        assertThat(tmp.resolve("data").resolve("index")).isDirectory();
    }

    @Test
    void writesJsonAndHonoursLimitAndFilter() {
        CliRun run = CliRun.of("search", "medewerker", "--json", "--limit", "2", "--filter", "kind=Normfunctie", "--data", data);

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new HouseJson().mapper().readTree(run.out());
        assertThat(json.get("total").asInt()).isEqualTo(4);
        assertThat(json.get("hits")).hasSize(2);
        assertThat(json.get("hits").findValuesAsString("kind")).containsOnly("NORM");
        assertThat(json.at("/facets/kind/0/selected").asBoolean()).isTrue();
    }

    @Test
    void saysSoWhenNothingIsFound() {
        CliRun run = CliRun.of("search", "ruimtevaart", "--data", data);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("Geen profielen gevonden voor \"ruimtevaart\".\n");
    }

    @Test
    void refusesAnUnknownFacet() {
        CliRun run = CliRun.of("search", "klant", "--filter", "afdeling=Belastingen", "--data", data);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--filter", "'afdeling=Belastingen' is geen FACET=WAARDE");
    }

    @Test
    void refusesAMissingQuery() {
        assertThat(CliRun.of("search", "--data", data).exit()).isEqualTo(1);
    }
}
