package nl.functiehuis.importer.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.functiehuis.importer.ParseResult;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.ProfileDocumentParser;
import nl.functiehuis.importer.facts.FactCheck;
import nl.functiehuis.importer.facts.SharedDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Part 3.2 of the booklet seed (the full profile texts): the expected facts of its competency
 * dictionary, its 16 profiles and the inconsistencies that live in part 3 are all recovered.
 */
class BookletProfileFactsTest {
    static final String SEED = "004_88b33e1c9ba14cea";

    /** The documented inconsistencies whose readings all stand in part 3. */
    static final Set<String> PART_THREE = Set.of("004-funciereeks-headings", "004-vakkenis", "004-conflictantering",
            "004-uitvoeringsprocessen-dash", "004-telefonist-spelling", "004-werkproces-copy-variants",
            "004-aanvulling-copy-variants", "004-klantgerichtheid-B-indicator", "004-min-education-publiek-III",
            "004-werkproces-numbering-gaps");

    /** Leaves that come from the front matter (overview of 3.1, NLQF tables of part 2, matrix of 1.3) or are commentary. */
    static final List<String> FRONT_MATTER_PROFILE_KEYS = List.of("overviewName", "overviewPage", "overviewLine", "nlqfLevel");

    @Test
    void recoversEveryProfileFactOfPartThree() {
        ParsedDocument parsed = parse();
        JsonNode expected = pruned(FactCheck.expected(SEED));
        String seedText = new String(SharedDocuments.seedBytes(SEED), StandardCharsets.UTF_8);

        FactCheck check = FactCheck.compare(expected, BookletProjection.project(parsed), seedText);

        System.out.println(check.summary("CompetentieBOX deel 3.2 (" + SEED + ")"));
        assertThat(check.missing()).isEmpty();
        assertThat(check.total()).isGreaterThan(1000);
    }

    static ParsedDocument parse() {
        ParseResult result = new ProfileDocumentParser().parse(SEED + ".txt", SharedDocuments.seedBytes(SEED));
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).document();
    }

    private static JsonNode pruned(JsonNode full) {
        ObjectNode out = ((ObjectNode) full).objectNode();
        ObjectNode dictionary = ((ObjectNode) full.get("competencyDictionary")).deepCopy();
        dictionary.remove("note");
        dictionary.get("items").forEach(item -> ((ObjectNode) item).remove("matrixHeaderName"));
        out.set("competencyDictionary", dictionary);
        ArrayNode profiles = ((ArrayNode) full.get("profiles")).deepCopy();
        profiles.forEach(p -> ((ObjectNode) p).remove(FRONT_MATTER_PROFILE_KEYS));
        out.set("profiles", profiles);
        ArrayNode inconsistencies = out.putArray("documentInconsistencies");
        full.get("documentInconsistencies").forEach(i -> {
            if (PART_THREE.contains(i.get("id").asString())) {
                inconsistencies.add(i.deepCopy());
            }
        });
        assertThat(inconsistencies).hasSize(PART_THREE.size());
        return out;
    }
}
