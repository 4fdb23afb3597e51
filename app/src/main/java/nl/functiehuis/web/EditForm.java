package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * What the edit form holds, exactly as typed. One form carries both the field tab and the JSON tab;
 * {@code mode} says which of the two the user saved from ("velden" or "json").
 */
record EditForm(
        String mode,
        int basedOn,
        String status,
        String effectiveDate,
        String note,
        String title,
        String characteristics,
        List<CompetencyRow> competencies,
        String knowledge,
        String skills,
        String education,
        String educationIdeal,
        String purpose,
        String scale,
        String thinkingLevel,
        String frameworks,
        String professionalCompetencies,
        List<LevelRow> levels,
        String json) {

    static final String FIELDS = "velden";
    static final String JSON = "json";
    static final int COMPETENCY_ROWS = 8;

    /** One competency row: a competency name and a behaviour level letter, either may be empty. */
    record CompetencyRow(String competency, String level) {
        static final CompetencyRow EMPTY = new CompetencyRow("", "");

        public boolean isEmpty() {
            return competency.isBlank() && level.isBlank();
        }
    }

    /** The editable part of a function level of a levelled family: its name and scale. */
    record LevelRow(String letter, String name, String scale) {}

    public boolean isJson() {
        return JSON.equals(mode);
    }

    /**
     * Reads the submitted form. The conflict button sends {@code confirmLatest} (the newest version number)
     * instead of a mode: then the form is saved on top of that version, in the mode it was last sent in.
     */
    static EditForm from(MultiValueMap<String, String> p) {
        int basedOn = number(first(p, "basedOn"), -1);
        String mode = first(p, "mode");
        String confirm = first(p, "confirmLatest");
        if (!confirm.isBlank()) {
            basedOn = number(confirm, basedOn);
            mode = first(p, "lastMode");
        }
        List<String> names = all(p, "competency");
        List<String> letters = all(p, "level");
        List<CompetencyRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(names.size(), letters.size()); i++) {
            rows.add(new CompetencyRow(at(names, i), at(letters, i)));
        }
        List<String> levelLetters = all(p, "levelLetter");
        List<LevelRow> levels = new ArrayList<>();
        for (int i = 0; i < levelLetters.size(); i++) {
            levels.add(new LevelRow(levelLetters.get(i), first(p, "levels[" + i + "].name"),
                    first(p, "levels[" + i + "].scale")));
        }
        return new EditForm(JSON.equals(mode) ? JSON : FIELDS, basedOn, first(p, "status"), first(p, "effectiveDate"),
                first(p, "note"), first(p, "title"), first(p, "characteristics"), rows, first(p, "knowledge"),
                first(p, "skills"), first(p, "education"), first(p, "educationIdeal"), first(p, "purpose"),
                first(p, "scale"), first(p, "thinkingLevel"), first(p, "frameworks"),
                first(p, "professionalCompetencies"), levels, first(p, "json"));
    }

    /** The same form with at least {@code count} competency rows, so there is room to add competencies. */
    EditForm withRows(int count) {
        List<CompetencyRow> rows = new ArrayList<>(competencies);
        while (rows.size() < count) {
            rows.add(CompetencyRow.EMPTY);
        }
        return new EditForm(mode, basedOn, status, effectiveDate, note, title, characteristics, rows, knowledge,
                skills, education, educationIdeal, purpose, scale, thinkingLevel, frameworks,
                professionalCompetencies, levels, json);
    }

    private static String first(MultiValueMap<String, String> p, String name) {
        String value = p.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> all(MultiValueMap<String, String> p, String name) {
        List<String> values = p.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static int number(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
