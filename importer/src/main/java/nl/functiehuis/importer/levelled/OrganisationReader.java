package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.ImportReport;
import org.jspecify.annotations.Nullable;

/**
 * Reads the organisational position from the general information: a mermaid chart in any value, the
 * sentences "werkt voor …" and "rapporteert (hiërarchisch) aan …", and "divisie X" with an
 * abbreviation "X (Y)" written anywhere in the general information.
 */
final class OrganisationReader {
    private static final Pattern WORKS_FOR = Pattern.compile("\\bwerkt\\s+(?:voor|bij)\\s+(.+?)\\.(?=\\s|$)");
    private static final Pattern REPORTS_TO = Pattern.compile(
            "\\brapporteert\\s+(?:\\p{L}+\\s+)?aan\\s+(?:de\\s+|het\\s+)?(.+?)\\.?(?=\\.\\s|$)");
    private static final Pattern DIVISION = Pattern.compile(
            "\\b(?:divisie|directie|sector)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+(?:&|en|\\p{Lu}[\\p{L}-]*))*)");

    private OrganisationReader() {}

    static Organisation read(GeneralInfo info, @Nullable String name, ImportReport report) {
        OrgChart chart = null;
        for (InfoRow row : info.rows()) {
            for (String paragraph : row.paragraphs()) {
                Optional<OrgChart> found = OrgChart.parse(paragraph, row.at());
                if (found.isPresent() && chart == null) {
                    chart = found.get();
                    report.info(row.at(), "organogram (" + chart.header() + ") met " + chart.nodes().size()
                            + " posities: " + String.join(" → ", chart.chainTopDown()));
                }
            }
        }
        String position = info.row(InfoLabel.POSITION).map(r -> String.join(" ", prose(r))).orElse("");
        String all = String.join(" ", info.rows().stream().map(InfoRow::text).toList());
        String division = first(DIVISION, all);
        if (division != null) {
            division = division.replaceAll("\\s+(?:&|en)$", "");
        }
        return new Organisation(name, division, abbreviation(division, all), first(WORKS_FOR, position),
                first(REPORTS_TO, position), chart);
    }

    /** The position text without the chart: the paragraphs a reader would see. */
    static List<String> prose(InfoRow row) {
        List<String> prose = new ArrayList<>();
        for (String paragraph : row.paragraphs()) {
            if (OrgChart.parse(paragraph, row.at()).isEmpty()) {
                prose.add(paragraph);
            }
        }
        return prose;
    }

    private static @Nullable String abbreviation(@Nullable String division, String text) {
        if (division == null) {
            return null;
        }
        Matcher m = Pattern.compile(Pattern.quote(division) + "\\s*\\(([^()]{1,12})\\)").matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    private static @Nullable String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}
