package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.house.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The problems of a submitted edit form: per form field, to show next to it, and all of them for the
 * summary at the top (each linking to its field when it has one).
 */
record FormErrors(Map<String, List<String>> fields, List<Entry> summary) {
    private static final Pattern ROW = Pattern.compile("^competencies\\[(\\d+)]$");
    private static final Pattern LEVEL = Pattern.compile("^levels\\[(\\d+)]\\.(name|scale)$");
    /** Form fields in the order the form shows them, so the summary reads top to bottom. */
    private static final List<String> ORDER = List.of("status", "effectiveDate", "note", "title", "characteristics",
            "competencies", "knowledge", "skills", "education", "educationIdeal", "purpose", "scale", "thinkingLevel",
            "frameworks", "professionalCompetencies", "levels", "json");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("status", "Status"),
            Map.entry("effectiveDate", "Ingangsdatum"),
            Map.entry("note", "Toelichting"),
            Map.entry("title", "Titel"),
            Map.entry("characteristics", "Overwegende functiekenmerken"),
            Map.entry("knowledge", "Kennis"),
            Map.entry("skills", "Vaardigheden"),
            Map.entry("education", "Minimaal opleidingsniveau"),
            Map.entry("educationIdeal", "Ideaal opleidingsniveau"),
            Map.entry("purpose", "Doel van de functie"),
            Map.entry("scale", "Schaal"),
            Map.entry("thinkingLevel", "Werk- en denkniveau"),
            Map.entry("frameworks", "Kaders"),
            Map.entry("professionalCompetencies", "Vakinhoudelijke competenties"),
            Map.entry("json", "Alle velden (JSON)"));

    /** One line of the summary; {@code anchor} is the id of the field's input, if the problem has a field. */
    record Entry(@Nullable String anchor, String label, String message) {}

    static FormErrors of(List<Problem> problems) {
        return of(problems, List.of());
    }

    /**
     * Problems whose field is a form field name; an empty field means "no field". {@code levelLetters}
     * names the function levels of a family's level rows in the summary.
     */
    static FormErrors of(List<Problem> problems, List<String> levelLetters) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<Entry> summary = new ArrayList<>();
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(FormErrors::rank));
        for (Problem p : sorted) {
            String label = label(p.field(), levelLetters);
            if (label == null) {
                summary.add(new Entry(null, "Profiel", p.message()));
            } else {
                fields.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.message());
                summary.add(new Entry(id(p.field()), label, p.message()));
            }
        }
        return new FormErrors(fields, summary);
    }

    /** The id of the input of a form field: "competencies[2]" → "f-competencies-2". */
    static String id(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    private static int rank(Problem problem) {
        String head = problem.field().replaceAll("[\\[.].*$", "");
        int index = ORDER.indexOf(head);
        return index < 0 ? ORDER.size() : index;
    }

    private static @Nullable String label(String field, List<String> levelLetters) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            return "Competentie " + (Integer.parseInt(row.group(1)) + 1);
        }
        Matcher level = LEVEL.matcher(field);
        if (level.matches()) {
            int index = Integer.parseInt(level.group(1));
            String letter = index < levelLetters.size() ? levelLetters.get(index) : String.valueOf(index + 1);
            return (level.group(2).equals("name") ? "Naam" : "Schaal") + " van niveau " + letter;
        }
        return LABELS.get(field);
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String message(String field) {
        return String.join("; ", fields.getOrDefault(field, List.of()));
    }
}
