package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.blocks.Spelling;
import org.jspecify.annotations.Nullable;

/**
 * Compares names the text gives with the organisation chart: the role the function reports to and the
 * function itself should each be a node. A node that matches only tolerantly is an inconsistency.
 */
final class ChartCheck {
    private ChartCheck() {}

    static List<Inconsistency> check(Organisation organisation, @Nullable Location textAt, @Nullable String title,
            ImportReport report) {
        OrgChart chart = organisation.chart();
        List<Inconsistency> found = new ArrayList<>();
        if (chart == null || textAt == null) {
            return found;
        }
        compare(organisation.reportsTo(), "leidinggevende", chart, textAt, report).ifPresent(found::add);
        compare(title, "functie", chart, textAt, report).ifPresent(found::add);
        return found;
    }

    private static Optional<Inconsistency> compare(@Nullable String name, String role, OrgChart chart, Location textAt,
            ImportReport report) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<Spelling.Match> node = Spelling.closest(name, chart.nodes());
        if (node.isEmpty()) {
            report.info(textAt, role + " '" + name + "' staat niet in het organogram");
            return Optional.empty();
        }
        if (node.get().candidate().equals(name)) {
            return Optional.empty();
        }
        return Optional.of(new Inconsistency(Inconsistency.Kind.TEXT_VS_CHART,
                "tekst en organogram schrijven de " + role + " verschillend",
                List.of(new Inconsistency.Reading(name, textAt, "tekst"),
                        new Inconsistency.Reading(node.get().candidate(), chart.at(),
                                "organogram (" + chart.header() + ")"))));
    }
}
