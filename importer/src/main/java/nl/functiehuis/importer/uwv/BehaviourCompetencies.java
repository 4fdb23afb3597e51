package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.text.Inconsistency;
import nl.functiehuis.importer.text.Inconsistency.Reading;
import nl.functiehuis.profile.BehaviourCompetency;

/**
 * Joins the behaviour-competency table with the cover sheet's lists: each competency takes its group
 * (bedrijfscompetentie, functiecompetentie) from the list that names it; a list name that matches a table
 * name only tolerantly or as a prefix ("Klantgericht" / "Klantgerichtheid") is an inconsistency.
 */
final class BehaviourCompetencies {
    private BehaviourCompetencies() {}

    record Joined(List<BehaviourCompetency> competencies, Map<SummaryField, List<String>> lists,
            List<Inconsistency> inconsistencies) {}

    static Joined join(List<BehaviourRow> rows, List<SummaryEntry> summary, ImportReport report) {
        List<String> tableNames = rows.stream().map(BehaviourRow::name).toList();
        Map<String, String> groups = new HashMap<>();
        Map<SummaryField, List<String>> lists = new EnumMap<>(SummaryField.class);
        List<Inconsistency> inconsistencies = new ArrayList<>();
        for (SummaryEntry entry : summary) {
            if (!entry.field().listsCompetencies()) {
                continue;
            }
            List<CompetencySplit.Name> names = CompetencySplit.split(entry.value(), tableNames);
            lists.put(entry.field(), names.stream().map(CompetencySplit.Name::written).toList());
            for (CompetencySplit.Name name : names) {
                if (name.tableName() == null) {
                    report.warn(entry.at(), "competentie '" + name.written() + "' uit het voorblad staat niet in de tabel");
                    continue;
                }
                groups.putIfAbsent(name.tableName(), entry.field().group());
                if (name.how() != CompetencySplit.How.EXACT) {
                    Location tableAt = rows.get(tableNames.indexOf(name.tableName())).at();
                    var found = new Inconsistency("summary-vs-table",
                            "het voorblad en de tabel gedragscompetenties noemen deze competentie verschillend",
                            List.of(new Reading(name.written(), entry.at()), new Reading(name.tableName(), tableAt)));
                    report.warn(entry.at(), "competentie " + found.quoted() + ": voorblad en tabel verschillen");
                    inconsistencies.add(found);
                }
            }
        }
        List<BehaviourCompetency> competencies = new ArrayList<>();
        for (BehaviourRow row : rows) {
            String group = groups.get(row.name());
            if (group == null && !lists.isEmpty()) {
                report.warn(row.at(), "competentie '" + row.name() + "' staat niet in het voorblad; groep onbekend");
            }
            competencies.add(new BehaviourCompetency(row.name(), group, row.definition(), row.example()));
        }
        return new Joined(competencies, lists, inconsistencies);
    }
}
