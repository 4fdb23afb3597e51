package nl.functiehuis.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.house.Problem;

/**
 * Translates the field paths of domain problems ("profile.content.competencies[2].level") to the
 * edit-form field they belong to ("competencies[4]" when the third filled row is the form's fifth).
 * A problem that no form field shows gets the empty field and its path in the message.
 */
record ProblemFields(boolean json, List<Integer> competencyRows) {
    private static final Pattern COMPETENCY = Pattern.compile("^content\\.competencies\\[(\\d+)].*");
    private static final Pattern LEVEL = Pattern.compile("^levels\\[(\\d+)]\\.(name|scale)$");
    private static final Pattern HEAD = Pattern.compile("^(content\\.)?([A-Za-z]+).*");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "title"),
            Map.entry("characteristics", "characteristics"),
            Map.entry("knowledge", "knowledge"),
            Map.entry("skills", "skills"),
            Map.entry("minimumEducation", "education"),
            Map.entry("purpose", "purpose"),
            Map.entry("scale", "scale"),
            Map.entry("thinkingLevel", "thinkingLevel"),
            Map.entry("frameworks", "frameworks"),
            Map.entry("professionalCompetencies", "professionalCompetencies"));

    /** Fields that only the edit itself has, outside the profile. */
    private static final List<String> EDIT_FIELDS = List.of("status", "effectiveDate", "note");

    List<Problem> translate(List<Problem> problems) {
        return problems.stream().map(this::translate).toList();
    }

    Problem translate(Problem problem) {
        String path = problem.field();
        if (EDIT_FIELDS.contains(path)) {
            return problem;
        }
        path = path.startsWith("profile.") ? path.substring("profile.".length()) : path;
        if (json) {
            return new Problem("json", path.equals("profile") ? problem.message() : path + ": " + problem.message());
        }
        Matcher competency = COMPETENCY.matcher(path);
        if (competency.matches()) {
            int index = Integer.parseInt(competency.group(1));
            if (index < competencyRows.size()) {
                return new Problem("competencies[" + competencyRows.get(index) + "]", problem.message());
            }
        }
        if (LEVEL.matcher(path).matches()) {
            return new Problem(path, problem.message());
        }
        Matcher head = HEAD.matcher(path);
        if (head.matches() && FIELDS.containsKey(head.group(2))
                && (head.group(1) != null) == isContent(head.group(2))) {
            return new Problem(FIELDS.get(head.group(2)), problem.message());
        }
        return new Problem("", path + ": " + problem.message());
    }

    private static boolean isContent(String name) {
        return List.of("characteristics", "knowledge", "skills", "minimumEducation").contains(name);
    }
}
