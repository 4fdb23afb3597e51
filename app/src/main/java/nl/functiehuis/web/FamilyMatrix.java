package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;

/** The competencies of a levelled family as a matrix: per domain, a row per competency, a column per level. */
public final class FamilyMatrix {
    private FamilyMatrix() {}

    /** A domain with the competencies asked within it; domains without any are left out. */
    public record Domain(Dimension domain, List<Row> rows) {}

    /** One competency: {@code core} when every level asks it, else {@code asked} says which levels do. */
    public record Row(String competency, boolean core, List<Boolean> asked) {}

    static List<Domain> of(LevelledFamily family) {
        List<Domain> domains = new ArrayList<>();
        for (Dimension domain : family.domains()) {
            Map<String, Row> rows = new LinkedHashMap<>();
            for (DomainCompetency c : family.competencies()) {
                if (c.domain().equals(domain.code())) {
                    rows.merge(c.competency(), row(family, c), FamilyMatrix::combine);
                }
            }
            if (!rows.isEmpty()) {
                domains.add(new Domain(domain, List.copyOf(rows.values())));
            }
        }
        return domains;
    }

    private static Row row(LevelledFamily family, DomainCompetency c) {
        List<Boolean> asked = family.levels().stream()
                .map(FunctionLevel::letter)
                .map(letter -> c.level() == null || letter.equals(c.level()))
                .toList();
        return new Row(c.competency(), c.level() == null, asked);
    }

    private static Row combine(Row a, Row b) {
        List<Boolean> asked = new ArrayList<>();
        for (int i = 0; i < a.asked().size(); i++) {
            asked.add(a.asked().get(i) || b.asked().get(i));
        }
        return new Row(a.competency(), a.core() || b.core(), asked);
    }
}
