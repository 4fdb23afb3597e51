package nl.functiehuis.importer.booklet.front;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.SourceDocument;
import nl.functiehuis.importer.facts.FactCheck;
import nl.functiehuis.importer.facts.SharedDocuments;
import nl.functiehuis.importer.format.DocumentRefused;
import nl.functiehuis.importer.format.Limits;
import nl.functiehuis.importer.format.TextFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The booklet seed read up to its first profile heading, and its expected facts cut down to what the front
 * matter alone can know (leaves that need the profiles are pruned; see {@link #PRUNED}).
 */
final class SeedFront {
    static final String SEED = "004_88b33e1c9ba14cea";
    static final List<String> KEYS = List.of("booklet", "tableOfContents", "competencyModel", "functiereeks",
            "functiegroepen", "textStatedLevels", "competencyMatrix", "nlqf", "profileOverview");
    static final Set<String> INCONSISTENCIES = Set.of("004-competency-count", "004-matrix-misaligned",
            "004-relationale", "004-verrijkte-profielen-names");
    /** Leaves that need the profiles of 3.2 (wired by the booklet genre) or are English commentary. */
    static final List<String> PRUNED = List.of("functiereeks.profileDescriptionStartsWith",
            "functiegroepen[].profileDescriptionStartsWith", "competencyMatrix.rows[].levels",
            "competencyMatrix.checkAgainstProfiles", "competencyMatrix.dimensionDerivation",
            "competencyMatrix.valueMappingMethod", "textStatedLevels[].profileLevels",
            "textStatedLevels[].agreesWithProfiles");

    final SourceDocument document;
    final int profilesStart;
    final ImportReport report = new ImportReport();
    final FrontMatter front;
    final String seedText;

    SeedFront() {
        byte[] bytes = SharedDocuments.seedBytes(SEED);
        seedText = new String(bytes, StandardCharsets.UTF_8);
        try {
            document = new TextFormat().read(SEED + ".txt", bytes, Limits.DEFAULT);
        } catch (DocumentRefused e) {
            throw new IllegalStateException(e);
        }
        profilesStart = document.find(0, b -> !b.isRow() && b.text().startsWith("NAAM FUNCTIE")).orElseThrow();
        front = FrontMatterReader.read(document, profilesStart, report);
    }

    /** The seed's text before the first profile, whitespace folded as the fact check folds it. */
    String frontText() {
        int line = document.get(profilesStart).at().number();
        return fold(String.join("\n", Arrays.asList(seedText.split("\n", -1)).subList(0, line - 1)));
    }

    JsonNode expected() {
        JsonNode all = FactCheck.expected(SEED);
        ObjectNode out = JsonMapper.builder().build().createObjectNode();
        KEYS.forEach(k -> out.set(k, all.get(k).deepCopy()));
        ((ObjectNode) out.get("functiereeks")).remove("profileDescriptionStartsWith");
        out.get("functiegroepen").forEach(g -> ((ObjectNode) g).remove("profileDescriptionStartsWith"));
        ObjectNode matrix = (ObjectNode) out.get("competencyMatrix");
        List.of("checkAgainstProfiles", "dimensionDerivation", "valueMappingMethod").forEach(matrix::remove);
        matrix.get("rows").forEach(r -> ((ObjectNode) r).remove("levels"));
        out.get("textStatedLevels").forEach(t -> {
            ((ObjectNode) t).remove("profileLevels");
            ((ObjectNode) t).remove("agreesWithProfiles");
        });
        ArrayNode inconsistencies = out.putArray("documentInconsistencies");
        String text = frontText();
        for (JsonNode entry : all.get("documentInconsistencies")) {
            if (INCONSISTENCIES.contains(entry.get("id").asString())) {
                ObjectNode copy = (ObjectNode) entry.deepCopy();
                ArrayNode readings = copy.putArray("readings");
                entry.get("readings").forEach(r -> {
                    if (text.contains(fold(r.get("text").asString()))) {
                        readings.add(r.deepCopy());
                    }
                });
                inconsistencies.add(copy);
            }
        }
        return out;
    }

    static String fold(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
