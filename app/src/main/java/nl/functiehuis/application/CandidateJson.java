package nl.functiehuis.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.json.JsonProblems;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads offered candidates from JSON: one object or an array of them, each with {@code name},
 * {@code supplier}, {@code rate} (number, euro per hour), {@code availability}, {@code cv} and
 * {@code evidence} (an object from eis number to text), and {@code cvFile} (a file path, for the command line).
 * Every problem is named by its JSON path ({@code $[1].rate}).
 */
public final class CandidateJson {
    private static final List<String> NAMES = List.of("name", "supplier", "rate", "availability", "cv", "evidence",
            "cvFile");
    private static final Set<String> FIELDS = Set.copyOf(NAMES);

    private CandidateJson() {}

    /** The JSON path of draft {@code index} in a document holding {@code count} drafts ({@code $.} or {@code $[i].}). */
    public static String place(JsonNode root, int index) {
        return root.isArray() ? "$[" + index + "]." : "$.";
    }

    public static JsonNode tree(HouseJson json, String text, String source) {
        try {
            return json.mapper().readTree(text);
        } catch (JacksonException e) {
            throw JsonProblems.toInvalidInput(e, source);
        }
    }

    public static List<CandidateDraft> drafts(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        List<CandidateDraft> drafts = new ArrayList<>();
        if (root.isArray()) {
            if (root.isEmpty()) {
                problems.add(new Problem("$", "de lijst is leeg: geef minstens één kandidaat"));
            }
            for (int i = 0; i < root.size(); i++) {
                drafts.add(draft(root.get(i), "$[" + i + "]", problems));
            }
        } else {
            drafts.add(draft(root, "$", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return drafts;
    }

    private static CandidateDraft draft(JsonNode node, String path, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(path, "verwacht een object met name, supplier, rate, …"));
            return new CandidateDraft(null, null, null, null, null, null);
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                problems.add(new Problem(path + "." + name, "onbekend veld; bekend zijn " + String.join(", ", NAMES)));
            }
        }
        text(node, path, "cvFile", problems);
        return new CandidateDraft(text(node, path, "name", problems), text(node, path, "supplier", problems),
                rate(node.get("rate"), path + ".rate", problems), text(node, path, "availability", problems),
                text(node, path, "cv", problems), evidence(node.get("evidence"), path + ".evidence", problems));
    }

    /** The {@code cvFile} of each draft, in order, null where there is none; call after {@link #drafts}. */
    public static List<@Nullable String> cvFiles(JsonNode root) {
        List<@Nullable String> files = new ArrayList<>();
        int count = root.isArray() ? root.size() : 1;
        for (int i = 0; i < count; i++) {
            JsonNode value = (root.isArray() ? root.get(i) : root).get("cvFile");
            files.add(value == null || !value.isString() ? null : value.stringValue());
        }
        return files;
    }

    private static @Nullable String text(JsonNode node, String path, String field, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new Problem(path + "." + field, "verwacht tekst"));
            return null;
        }
        return value.stringValue();
    }

    private static @Nullable BigDecimal rate(@Nullable JsonNode value, String path, List<Problem> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(new Problem(path, "verwacht een getal in euro per uur, zoals 32.50"));
            return null;
        }
        return value.decimalValue();
    }

    private static @Nullable Map<Integer, String> evidence(@Nullable JsonNode value, String path,
            List<Problem> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(new Problem(path, "verwacht een object van eisnummer naar tekst, zoals {\"1\": \"…\"}"));
            return null;
        }
        Map<Integer, String> shown = new LinkedHashMap<>();
        for (var e : value.properties()) {
            String place = path + "." + e.getKey();
            if (!e.getKey().matches("[0-9]{1,4}")) {
                problems.add(new Problem(place, "verwacht een eisnummer (1, 2, …)"));
            } else if (!e.getValue().isString()) {
                problems.add(new Problem(place, "verwacht tekst"));
            } else {
                shown.put(Integer.parseInt(e.getKey()), e.getValue().stringValue());
            }
        }
        return shown;
    }
}
