package nl.functiehuis.importer.levelled;

import static nl.functiehuis.importer.levelled.LevelledProjection.strings;
import static nl.functiehuis.importer.levelled.LevelledProjection.words;

import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The per-level tables (factors, latitude, knowledge and skills) in the expected shape. */
record TableProjection(LevelledFacts facts, List<String> letters) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    ObjectNode factors() {
        LevelledTable table = facts.table(TableKind.FACTORS).orElseThrow();
        ObjectNode node = heading(table);
        strings(node.putArray("columns"), table.columns());
        node.put("count", table.rows().size());
        var factors = node.putArray("factors");
        for (TableRow row : table.rows()) {
            ObjectNode factor = factors.addObject().put("number", row.number()).put("title", row.title());
            ObjectNode levels = factor.putObject("levels");
            letters.forEach(l -> bullets(levels.putObject(l), row.row().itemsFor(l), "bullet"));
        }
        return node;
    }

    ObjectNode latitude() {
        LevelledTable table = facts.table(TableKind.LATITUDE).orElseThrow();
        TableRow row = table.rows().getFirst();
        ObjectNode node = heading(table).put("rowLabel", row.title());
        ObjectNode levels = node.putObject("levels");
        for (String l : letters) {
            List<String> items = row.row().itemsFor(l);
            String text = String.join(" ", items);
            levels.putObject(l).put("bulletCount", items.size()).put("startsWith", text).put("wordCount", words(text));
        }
        return node;
    }

    ObjectNode knowledgeAndSkills() {
        LevelledTable table = facts.table(TableKind.KNOWLEDGE_AND_SKILLS).orElseThrow();
        ObjectNode node = heading(table);
        TableRow level = table.row("Werk- en denkniveau").orElseThrow();
        ObjectNode thinking = node.putObject("werkEnDenkniveau");
        letters.forEach(l -> thinking.put(l, String.join(" ", level.row().itemsFor(l))));
        TableRow knowledge = table.row("Kennis").orElseThrow();
        ObjectNode kennis = node.putObject("kennis");
        letters.forEach(l -> bullets(kennis.putObject(l), knowledge.row().itemsFor(l), "bullet"));
        TableRow skills = table.row("Vaardigheid").orElseThrow();
        ObjectNode vaardigheid = node.putObject("vaardigheid");
        letters.forEach(l -> bullets(vaardigheid.putObject(l), skills.row().itemsFor(l), "item")
                .put("bulletsInferred", skills.inferredLevels().contains(l)));
        return node;
    }

    private static ObjectNode heading(LevelledTable table) {
        ObjectNode node = JSON.createObjectNode().put("heading", table.heading());
        if (table.marker() != null) {
            node.put("footnoteMarker", table.marker());
        }
        return node;
    }

    /**
     * The first six words, as the expected files record item starts: their "…StartWith" arrays are compared
     * as whole values (only keys spelled "startsWith" are prefix-matched by the fact check).
     */
    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(6, words.length)));
    }

    private static ObjectNode bullets(ObjectNode node, List<String> items, String noun) {
        node.put(noun + "Count", items.size());
        strings(node.putArray(noun + "sStartWith"), items.stream().map(TableProjection::firstWords).toList());
        return node;
    }
}
