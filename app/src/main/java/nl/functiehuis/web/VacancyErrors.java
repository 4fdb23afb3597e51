package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.house.Problem;

/** The problems of a submitted vacancy form, per field and as a summary naming each field in Dutch. */
record VacancyErrors(Map<String, List<String>> fields, List<FormErrors.Entry> summary) {
    private static final Pattern ROW = Pattern.compile("^(tasks|requirements|wishes|competencies)\\[(\\d+)]\\.(\\w+)$");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "Titel"), Map.entry("organisation", "Organisatie"), Map.entry("department", "Afdeling"),
            Map.entry("status", "Status"), Map.entry("location", "Werklocatie"), Map.entry("startText", "Start"),
            Map.entry("expectedStart", "Verwachte startmaand"), Map.entry("headcount", "Aantal medewerkers"),
            Map.entry("hoursPerWeek", "Uren per week"), Map.entry("durationMonths", "Duur (maanden)"),
            Map.entry("extensionCount", "Aantal verlengingen"), Map.entry("extensionMonths", "Maanden per verlenging"),
            Map.entry("scale", "Schaal (FSK)"), Map.entry("tariffMin", "Minimumtarief"),
            Map.entry("tariffMax", "Maximumtarief"), Map.entry("pricePercent", "Weging prijs"),
            Map.entry("qualityPercent", "Weging kwaliteit"), Map.entry("verificationWeek", "Week verificatiegesprekken"),
            Map.entry("verificationText", "Data verificatiegesprekken"),
            Map.entry("text", "tekst"), Map.entry("name", "naam"), Map.entry("kind", "soort"),
            Map.entry("mboLevel", "mbo-niveau"), Map.entry("yearsMin", "jaren minimaal"),
            Map.entry("yearsMax", "jaren maximaal"), Map.entry("withinYears", "binnen de laatste … jaar"),
            Map.entry("subject", "onderwerp"), Map.entry("topic", "onderwerp"), Map.entry("maxPoints", "maximum punten"),
            Map.entry("scoringGuide", "beoordelingswijzer"), Map.entry("level", "niveau"),
            Map.entry("description", "omschrijving"), Map.entry("future", "toekomst"));
    private static final Map<String, String> ROWS = Map.of("tasks", "Taak", "requirements", "Eis", "wishes", "Wens",
            "competencies", "Competentie");

    static VacancyErrors of(List<Problem> problems) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<FormErrors.Entry> summary = new ArrayList<>();
        for (Problem p : problems) {
            String label = label(p.field());
            if (label == null) {
                summary.add(new FormErrors.Entry(null, "Vacature", p.message()));
            } else {
                fields.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.message());
                summary.add(new FormErrors.Entry(FormErrors.id(p.field()), label, p.message()));
            }
        }
        return new VacancyErrors(fields, summary);
    }

    static String label(String field) {
        Matcher row = ROW.matcher(field);
        if (row.matches()) {
            return ROWS.get(row.group(1)) + " " + (Integer.parseInt(row.group(2)) + 1) + ", "
                    + LABELS.getOrDefault(row.group(3), row.group(3));
        }
        return field.isEmpty() ? null : LABELS.get(field);
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
