package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.profile.DomainCompetency;

/**
 * Turns the competency tables into the family's domains and competencies: a core competency named at
 * every level is asked at all levels (level null); anything else is asked at the levels that name it.
 */
final class CompetencyAssembly {
    private CompetencyAssembly() {}

    static List<Dimension> domains(List<CompetencyTable> tables, ImportReport report) {
        Map<String, DomainLabel> byCode = new LinkedHashMap<>();
        for (CompetencyTable table : tables) {
            for (DomainLabel domain : table.domains()) {
                DomainLabel known = byCode.putIfAbsent(domain.code(), domain);
                if (known != null && !known.name().equals(domain.name())) {
                    report.warn(table.at(), "domein " + domain.code() + " heet hier '" + domain.name() + "', eerder '"
                            + known.name() + "'");
                }
            }
        }
        return byCode.values().stream().sorted(Comparator.comparingInt(CompetencyAssembly::order))
                .map(d -> new Dimension(d.code(), d.name(), null)).toList();
    }

    /** Numbered domains in number order, unnumbered ones after them in document order. */
    private static int order(DomainLabel domain) {
        return domain.code().matches("\\d+") ? Integer.parseInt(domain.code()) : Integer.MAX_VALUE;
    }

    static List<DomainCompetency> competencies(List<CompetencyTable> tables, List<String> letters,
            ImportReport report) {
        List<DomainCompetency> result = new ArrayList<>();
        for (CompetencyTable table : tables) {
            for (CompetencyEntry entry : table.entries()) {
                List<String> levels = entry.levels().stream().filter(letters::contains).toList();
                if (levels.size() < entry.levels().size()) {
                    report.warn(entry.at(), "competentie '" + entry.competency()
                            + "' staat bij een niveau dat de niveautabel niet kent");
                }
                if (table.kind() == TableKind.CORE_COMPETENCIES && levels.containsAll(letters)) {
                    result.add(new DomainCompetency(entry.domain().code(), entry.competency(), null));
                } else {
                    levels.forEach(l -> result.add(new DomainCompetency(entry.domain().code(), entry.competency(), l)));
                }
            }
        }
        return result;
    }

    /** The number of function-specific competencies at each level, in level order. */
    static List<Integer> specificCounts(List<CompetencyTable> tables, List<String> letters) {
        return tables.stream().filter(t -> t.kind() == TableKind.SPECIFIC_COMPETENCIES).findFirst()
                .map(t -> letters.stream().map(l -> t.at(l).size()).toList()).orElse(List.of());
    }
}
