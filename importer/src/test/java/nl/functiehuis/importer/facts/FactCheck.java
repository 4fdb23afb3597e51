package nl.functiehuis.importer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares what an import recovered (projected into the shape of ../shared/expected/*.json) with the
 * expected facts, leaf by leaf. Locators are not facts and are skipped: line numbers, word counts and
 * parsing notes. A {@code startsWith} fact holds when the recovered text starts with it, whitespace folded.
 */
public final class FactCheck {
    private static final Set<String> SKIPPED = Set.of("parsingNotes", "lineNumbering", "document");

    private final List<String> missing = new ArrayList<>();
    private int total;

    /**
     * Compares; {@code sourceText} is the seed as written, used for the document's inconsistencies: each
     * reading quoted from the document is a fact, found when some reported inconsistency quotes it too.
     * Readings that are commentary (not in the document), ids, kinds and descriptions are not facts.
     */
    public static FactCheck compare(JsonNode expected, JsonNode actual, String sourceText) {
        var check = new FactCheck();
        check.walk("", without(expected, INCONSISTENCIES), actual);
        check.inconsistencies(expected.get(INCONSISTENCIES), actual == null ? null : actual.get(INCONSISTENCIES),
                fold(sourceText));
        return check;
    }

    private static final String INCONSISTENCIES = "documentInconsistencies";

    private static JsonNode without(JsonNode node, String key) {
        if (!node.isObject()) {
            return node;
        }
        var copy = ((tools.jackson.databind.node.ObjectNode) node).deepCopy();
        copy.remove(key);
        return copy;
    }

    private void inconsistencies(JsonNode expected, JsonNode actual, String source) {
        if (expected == null) {
            return;
        }
        List<String> quoted = new ArrayList<>();
        if (actual != null) {
            for (JsonNode entry : actual) {
                for (JsonNode reading : entry.path("readings")) {
                    quoted.add(fold(reading.path("text").asString("")));
                }
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            JsonNode entry = expected.get(i);
            Set<String> seen = new java.util.HashSet<>();
            for (JsonNode reading : entry.path("readings")) {
                String text = fold(reading.path("text").asString(""));
                if (text.isEmpty() || !source.contains(text) || !seen.add(text)) {
                    continue;
                }
                total++;
                if (quoted.stream().noneMatch(q -> q.contains(text))) {
                    missing.add(INCONSISTENCIES + "[" + i + "] (" + entry.path("id").asString("") + "): lezing '"
                            + text + "' niet gemeld");
                }
            }
        }
    }

    public static JsonNode expected(String name) {
        return JsonMapper.builder().build().readTree(SharedDocuments.read(SharedDocuments.expected(name)));
    }

    public int total() {
        return total;
    }

    public int recovered() {
        return total - missing.size();
    }

    public List<String> missing() {
        return List.copyOf(missing);
    }

    public double share() {
        return total == 0 ? 1 : (double) recovered() / total;
    }

    public String summary(String label) {
        return String.format("%s: %d van %d feiten teruggevonden (%.1f %%)", label, recovered(), total, 100 * share());
    }

    /** Keys whose value says where something stands: line numbers, word counts, "block on line 8". */
    static boolean isLocator(String key) {
        return SKIPPED.contains(key) || key.equals("chainSource") || key.equals("line") || key.endsWith("Line") || key.endsWith("Lines")
                || key.equals("wordCount") || key.endsWith("WordCount");
    }

    private void walk(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                if (isLocator(e.getKey())) {
                    continue;
                }
                JsonNode next = actual == null || !actual.isObject() ? null : actual.get(e.getKey());
                walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), next, e.getKey());
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                JsonNode next = actual == null || !actual.isArray() || i >= actual.size() ? null : actual.get(i);
                walk(path + "[" + i + "]", expected.get(i), next);
            }
        } else {
            leaf(path, expected, actual, lastKey(path));
        }
    }

    private void walk(String path, JsonNode expected, JsonNode actual, String key) {
        if (expected.isValueNode() || expected.isNull()) {
            leaf(path, expected, actual, key);
        } else if (expected.isArray() && startsWithKey(key)) {
            for (int i = 0; i < expected.size(); i++) {
                JsonNode next = actual == null || !actual.isArray() || i >= actual.size() ? null : actual.get(i);
                leaf(path + "[" + i + "]", expected.get(i), next, key);
            }
        } else {
            walk(path, expected, actual);
        }
    }

    private void leaf(String path, JsonNode expected, JsonNode actual, String key) {
        total++;
        if (!matches(expected, actual, key)) {
            missing.add(path + ": verwacht " + expected + ", gevonden " + actual);
        }
    }

    static boolean matches(JsonNode expected, JsonNode actual, String key) {
        if (actual == null || actual.isMissingNode()) {
            return expected.isNull();
        }
        if (expected.isNull()) {
            return actual.isNull();
        }
        if (startsWithKey(key) && expected.isString() && actual.isString()) {
            return fold(actual.asString()).startsWith(fold(expected.asString()));
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    /** "startsWith", "bulletsStartWith", "itemsStartWith": a prefix of the recovered text. */
    static boolean startsWithKey(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return k.contains("startswith") || k.contains("startwith");
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String lastKey(String path) {
        String p = path.replaceAll("\\[\\d+]$", "");
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }
}
