package nl.functiehuis.education;

import nl.functiehuis.competency.LevelLetter;

/**
 * The demand overview as CSV for spreadsheets: UTF-8, semicolon-separated (what Dutch spreadsheet settings
 * expect), one row per competency and level and per qualification, with a header row. Columns: soort, naam,
 * niveau, profielen. Levels without any profile are left out.
 */
public final class DemandCsv {
    static final String HEADER = "soort;naam;niveau;profielen";

    private DemandCsv() {}

    public static String write(Demand demand) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (CompetencyDemand c : demand.competencies()) {
            for (LevelLetter level : LevelLetter.values()) {
                if (c.at(level) > 0) {
                    row(csv, "competentie", c.competency(), level.name(), c.at(level));
                }
            }
            if (c.withoutLevel() > 0) {
                row(csv, "competentie", c.competency(), "zonder niveau", c.withoutLevel());
            }
        }
        for (QualificationDemand q : demand.qualifications()) {
            String level = q.qualification().levelLabel();
            row(csv, "kwalificatie", q.qualification().name(), level == null ? "onbekend" : level, q.enrichedProfiles());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String kind, String name, String level, int count) {
        csv.append(kind).append(';').append(field(name)).append(';').append(field(level)).append(';').append(count)
                .append("\r\n");
    }

    /**
     * Quotes a field that holds a separator, quote or line break, doubling its quotes; a field that a
     * spreadsheet would run as a formula (starting with =, +, - or @) gets a leading apostrophe.
     */
    static String field(String raw) {
        String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
