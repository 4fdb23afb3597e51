package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.importer.ImportReport;
import nl.functiehuis.importer.blocks.Block;

/**
 * Reads a competency table: rows "Domein N: naam" with the competencies of each level in their cells; a
 * row with an empty first cell adds competencies to the domain above. A cell without item markers that
 * holds two names ("Naam een Naamtwee") is split at the capital (reported).
 */
final class CompetencyReader {
    private CompetencyReader() {}

    static CompetencyTable read(LevelledTableReader.Found found, ImportReport report) {
        List<String> letters = found.columns().letters();
        List<DomainLabel> domains = new ArrayList<>();
        List<CompetencyEntry> entries = new ArrayList<>();
        DomainLabel domain = null;
        List<Block> rows = found.section().rows();
        for (Block row : rows.subList(1, rows.size())) {
            if (LevelColumns.isHeader(row)) {
                continue;
            }
            if (!row.cell(0).isEmpty()) {
                String text = row.cell(0).text().strip();
                domain = Domains.label(text).orElseGet(() -> new DomainLabel(text, text, text));
                domains.add(domain);
            } else if (domain == null) {
                report.skip(row.at(), "rij zonder domein boven een competentietabel overgeslagen");
                continue;
            }
            Map<String, List<String>> levelsByName = new LinkedHashMap<>();
            for (int j = 0; j < letters.size(); j++) {
                Items.Read names = Items.of(row.cell(found.columns().columns().get(j)));
                if (names.inferred() && names.items().size() > 1) {
                    report.info(row.at(), "cel van niveau " + letters.get(j) + " gesplitst in " + names.items().size()
                            + " competenties: " + String.join(" | ", names.items()));
                }
                for (String name : names.items()) {
                    if (found.kind() == TableKind.CORE_COMPETENCIES) {
                        levelsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(letters.get(j));
                    } else {
                        entries.add(new CompetencyEntry(domain, name, List.of(letters.get(j)), row.at()));
                    }
                }
            }
            for (Map.Entry<String, List<String>> e : levelsByName.entrySet()) {
                entries.add(new CompetencyEntry(domain, e.getKey(), e.getValue(), row.at()));
                if (e.getValue().size() < letters.size()) {
                    report.warn(row.at(), "kerncompetentie '" + e.getKey() + "' staat niet bij elk niveau, alleen bij "
                            + String.join(", ", e.getValue()));
                }
            }
        }
        return new CompetencyTable(found.kind(), found.section().headingText(), found.section().marker(), domains,
                entries, letters, found.section().at());
    }
}
