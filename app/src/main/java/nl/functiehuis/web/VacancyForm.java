package nl.functiehuis.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Task;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.Wish;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The vacancy edit form as typed: every field as text by its name ("headcount", "tasks[2].text"), and how
 * many rows each list shows (the stored ones plus two empty rows to add to).
 */
record VacancyForm(Map<String, String> values, int tasks, int requirements, int wishes, int competencies) {
    static final List<String> LISTS = List.of("tasks", "requirements", "wishes", "competencies");
    private static final int SPARE = 2;

    static VacancyForm of(SavedVacancy saved) {
        Vacancy v = saved.vacancy();
        Terms t = v.terms();
        Map<String, String> m = new HashMap<>();
        put(m, "revision", saved.revision());
        put(m, "title", v.title());
        put(m, "organisation", v.organisation());
        put(m, "department", v.department());
        put(m, "status", v.status().name());
        put(m, "location", t.location());
        put(m, "startText", t.startText());
        put(m, "expectedStart", t.expectedStart());
        put(m, "headcount", t.headcount());
        put(m, "hoursPerWeek", t.hoursPerWeek());
        put(m, "durationMonths", t.durationMonths());
        put(m, "extensionCount", t.extensionCount());
        put(m, "extensionMonths", t.extensionMonths());
        put(m, "scale", t.scale());
        put(m, "tariffMin", t.tariffMin() == null ? null : t.tariffMin().toPlainString());
        put(m, "tariffMax", t.tariffMax() == null ? null : t.tariffMax().toPlainString());
        put(m, "pricePercent", t.pricePercent());
        put(m, "qualityPercent", t.qualityPercent());
        put(m, "verificationWeek", t.verificationWeek());
        put(m, "verificationText", t.verificationText());
        for (int i = 0; i < v.tasks().size(); i++) {
            Task task = v.tasks().get(i);
            put(m, "tasks[" + i + "].text", task.text());
            put(m, "tasks[" + i + "].future", task.future() ? "on" : null);
        }
        for (int i = 0; i < v.requirements().size(); i++) {
            Requirement r = v.requirements().get(i);
            String p = "requirements[" + i + "].";
            put(m, p + "text", r.text());
            put(m, p + "kind", r.kind().name());
            put(m, p + "mboLevel", r.mboLevel());
            put(m, p + "yearsMin", r.yearsMin());
            put(m, p + "yearsMax", r.yearsMax());
            put(m, p + "withinYears", r.withinYears());
            put(m, p + "subject", r.subject());
        }
        for (int i = 0; i < v.wishes().size(); i++) {
            Wish w = v.wishes().get(i);
            String p = "wishes[" + i + "].";
            put(m, p + "text", w.text());
            put(m, p + "topic", w.topic());
            put(m, p + "maxPoints", w.maxPoints());
            put(m, p + "scoringGuide", w.scoringGuide());
        }
        for (int i = 0; i < v.competencies().size(); i++) {
            AskedCompetency c = v.competencies().get(i);
            String p = "competencies[" + i + "].";
            put(m, p + "name", c.name());
            put(m, p + "level", c.level() == null ? null : c.level().name());
            put(m, p + "description", c.description());
        }
        return new VacancyForm(m, v.tasks().size() + SPARE, v.requirements().size() + SPARE, v.wishes().size() + SPARE,
                v.competencies().size() + SPARE);
    }

    static VacancyForm from(MultiValueMap<String, String> params) {
        Map<String, String> m = new HashMap<>();
        params.forEach((k, list) -> m.put(k, list.isEmpty() ? "" : String.valueOf(list.getFirst())));
        return new VacancyForm(m, rows(m, "tasks"), rows(m, "requirements"), rows(m, "wishes"), rows(m, "competencies"));
    }

    private static int rows(Map<String, String> m, String list) {
        int max = -1;
        for (String key : m.keySet()) {
            if (key.startsWith(list + "[")) {
                int end = key.indexOf(']');
                try {
                    max = Math.max(max, Integer.parseInt(key.substring(list.length() + 1, end)));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    // not a row field: ignored
                }
            }
        }
        return Math.min(max + 1, 500);
    }

    private static void put(Map<String, String> m, String key, @Nullable Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    /** The text of a field, empty when not filled in. */
    public String v(String field) {
        return values.getOrDefault(field, "").strip();
    }

    public boolean checked(String field) {
        return !v(field).isEmpty();
    }

    public List<Integer> rows(String list) {
        int count = switch (list) {
            case "tasks" -> tasks;
            case "requirements" -> requirements;
            case "wishes" -> wishes;
            default -> competencies;
        };
        return IntStream.range(0, count).boxed().toList();
    }
}
