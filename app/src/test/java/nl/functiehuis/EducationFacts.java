package nl.functiehuis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.json.HouseJson;
import tools.jackson.databind.JsonNode;

/**
 * What the education overviews must show for the four reference documents, derived from the expected facts in
 * ../shared/expected (never hard-coded): competency levels per booklet profile, the competencies of the UWV
 * profile and family, and per qualification its level, core tasks and the enriched profiles that link it.
 */
public final class EducationFacts {
    /** A core task as the expected facts record it: number, title and the numbers of its work processes. */
    public record Task(String number, String title, List<String> workProcesses) {}

    private EducationFacts() {}

    /** Imports the four reference documents; importing them again changes nothing. */
    public static void importSeeds(ImportDocuments importer) {
        for (String seed : List.of(SharedSeeds.UWV, SharedSeeds.LEVELLED, SharedSeeds.HIRING, SharedSeeds.BOOKLET)) {
            importer.importDocument(SharedSeeds.fileName(seed), SharedSeeds.bytes(seed), "onderwijs", false);
        }
    }

    /** Per competency, per level letter, how many booklet profiles ask it. */
    public static Map<String, Map<String, Integer>> bookletLevels() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (JsonNode p : booklet().get("profiles")) {
            p.get("competencyLevels").properties().forEach(e -> counts.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                    .merge(e.getValue().asString(), 1, Integer::sum));
        }
        return counts;
    }

    /** Per competency, how many of the UWV profile 1397 and the Klantadviseur family ask it (they grade no levels). */
    public static Map<String, Integer> ungraded() {
        Set<String> uwv = new TreeSet<>();
        json(SharedSeeds.UWV).at("/gedragscompetenties/items").forEach(i -> uwv.add(i.get("name").asString()));
        Set<String> family = new TreeSet<>();
        JsonNode levelled = json(SharedSeeds.LEVELLED);
        levelled.at("/kerncompetenties/names").forEach(n -> family.add(n.asString()));
        levelled.at("/functiespecifiekeCompetenties/perLevel").forEach(level -> level.forEach(c -> family.add(c.get("competentie").asString())));
        Map<String, Integer> counts = new TreeMap<>();
        uwv.forEach(c -> counts.merge(c, 1, Integer::sum));
        family.forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }

    /** Per qualification, its MBO level as the enriched profiles state it. */
    public static Map<String, Integer> qualificationLevels() {
        Map<String, Integer> levels = new TreeMap<>();
        enriched().forEach(p -> p.get("qualifications").forEach(q -> levels.put(q.get("name").asString(), q.get("niveau").asInt())));
        return levels;
    }

    /** Per qualification, the codes of the enriched profiles that link it. */
    public static Map<String, Set<String>> linkedBy() {
        Map<String, Set<String>> codes = new TreeMap<>();
        enriched().forEach(p -> p.get("qualifications").forEach(q -> codes.computeIfAbsent(q.get("name").asString(),
                k -> new TreeSet<>()).add(p.get("code").asString())));
        return codes;
    }

    /** Per qualification, the norm functions its enriched profiles enrich. */
    public static Map<String, Set<String>> normFunctions() {
        Map<String, Set<String>> codes = new TreeMap<>();
        enriched().forEach(p -> p.get("qualifications").forEach(q -> codes.computeIfAbsent(q.get("name").asString(),
                k -> new TreeSet<>()).add(p.get("baseCode").asString())));
        return codes;
    }

    /** Per qualification, its core tasks with their work process numbers. */
    public static Map<String, List<Task>> coreTasks() {
        Map<String, List<Task>> tasks = new TreeMap<>();
        enriched().forEach(p -> p.get("kerntakenPerQualification").forEach(q -> {
            List<Task> list = new ArrayList<>();
            q.get("kerntaken").forEach(t -> {
                List<String> processes = new ArrayList<>();
                t.get("werkprocessen").forEach(w -> processes.add(w.asString()));
                list.add(new Task(t.get("number").asString(), t.get("title").asString(), processes));
            });
            tasks.putIfAbsent(q.get("qualification").asString(), list);
        }));
        return tasks;
    }

    private static List<JsonNode> enriched() {
        List<JsonNode> profiles = new ArrayList<>();
        booklet().get("profiles").forEach(p -> {
            if (p.get("isVerrijktProfiel").asBoolean()) {
                profiles.add(p);
            }
        });
        return profiles;
    }

    private static JsonNode booklet() {
        return json(SharedSeeds.BOOKLET);
    }

    private static JsonNode json(String seed) {
        try {
            return new HouseJson().mapper().readTree(Files.readString(SharedSeeds.expected(seed)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
