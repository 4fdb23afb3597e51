package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * Checks on names the document repeats: the code line should use one separator, and a competency should
 * be spelled one way wherever it is named (a tolerant {@link Spelling} match that is not exact).
 */
final class NameChecks {
    private NameChecks() {}

    static Optional<Inconsistency> separators(CodeLine line) {
        List<String> distinct = line.distinctSeparators();
        if (distinct.size() < 2) {
            return Optional.empty();
        }
        List<Inconsistency.Reading> readings = new ArrayList<>();
        for (String separator : distinct) {
            line.codes().stream().filter(c -> c.separator().equals(separator)).findFirst()
                    .ifPresent(c -> readings.add(new Inconsistency.Reading(c.joint(), line.at(), "coderegel")));
        }
        return Optional.of(new Inconsistency(Inconsistency.Kind.MIXED_SEPARATORS,
                "de coderegel scheidt de codes met verschillende tekens (" + String.join(" ", distinct) + ")",
                readings));
    }

    static List<Inconsistency> competencies(List<CompetencyTable> tables) {
        List<CompetencyEntry> entries = tables.stream().flatMap(t -> t.entries().stream()).toList();
        List<Inconsistency> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                CompetencyEntry a = entries.get(i);
                CompetencyEntry b = entries.get(j);
                String pair = a.competency() + "|" + b.competency();
                if (!a.competency().equalsIgnoreCase(b.competency()) && Spelling.same(a.competency(), b.competency())
                        && !seen.contains(pair)) {
                    seen.add(pair);
                    found.add(new Inconsistency(Inconsistency.Kind.NAME_SPELLING,
                            "competentie op twee manieren gespeld",
                            List.of(new Inconsistency.Reading(a.competency(), a.at(), a.domain().asWritten()),
                                    new Inconsistency.Reading(b.competency(), b.at(), b.domain().asWritten()))));
                }
            }
        }
        return found;
    }
}
