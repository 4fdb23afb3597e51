package nl.functiehuis.importer.levelled;

import java.util.List;
import nl.functiehuis.importer.ImportReport;
import org.jspecify.annotations.Nullable;

/**
 * Checks the competency tables against the rule a footnote states: the number of core competencies, and
 * at most the stated number of function-specific competencies per level.
 */
final class Rules {
    private Rules() {}

    static void check(@Nullable CompetencyRule rule, List<CompetencyTable> tables, List<String> letters,
            ImportReport report) {
        if (rule == null) {
            return;
        }
        report.info(rule.source().at(), "regel uit voetnoot " + rule.source().number() + ": " + rule.coreCount()
                + " kerncompetenties en ten hoogste " + rule.maxSpecific() + " functiespecifieke per functie");
        for (CompetencyTable table : tables) {
            if (table.kind() == TableKind.CORE_COMPETENCIES && table.entries().size() != rule.coreCount()) {
                report.warn(table.at(), "de tabel noemt " + table.entries().size() + " kerncompetenties, voetnoot "
                        + rule.source().number() + " zegt " + rule.coreCount());
            }
            if (table.kind() == TableKind.SPECIFIC_COMPETENCIES) {
                for (String letter : letters) {
                    int count = table.at(letter).size();
                    if (count > rule.maxSpecific()) {
                        report.warn(table.at(), "niveau " + letter + " heeft " + count
                                + " functiespecifieke competenties, meer dan de " + rule.maxSpecific()
                                + " van voetnoot " + rule.source().number());
                    }
                }
            }
        }
    }
}
