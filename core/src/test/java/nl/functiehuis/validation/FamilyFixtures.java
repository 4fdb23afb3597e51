package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelCell;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.LevelledRow;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ResultArea;
import org.jspecify.annotations.Nullable;

/** Levelled families for the rule tests: levels A, B and C with scales and levels of thinking to order. */
final class FamilyFixtures {
    private FamilyFixtures() {}

    static LevelledFamily family(List<DomainCompetency> competencies) {
        return family(4, 5, 6, "MBO 3", "MBO 3/4", "MBO 4", competencies);
    }

    static LevelledFamily family(@Nullable Integer a, @Nullable Integer b, @Nullable Integer c, String thinkingA,
            String thinkingB, String thinkingC, List<DomainCompetency> competencies) {
        return new LevelledFamily(ProfileCode.of("F-100"), "Adviseur", "Testorganisatie", null, null, "Adviseert.",
                null, null,
                List.of(new FunctionLevel("A", ProfileCode.of("F-101"), "Adviseur A", "Basis", a),
                        new FunctionLevel("B", ProfileCode.of("F-102"), "Adviseur B", null, b),
                        new FunctionLevel("C", ProfileCode.of("F-103"), "Adviseur C", null, c)),
                List.of(new ResultArea("Advies", false, List.of("Adviseert klanten."), List.of("Klant is geholpen."))),
                List.of(row("Complexiteit", "Eenvoudig", "Gemiddeld", "Complex")), List.of(),
                List.of(row("Werk- en denkniveau", thinkingA, thinkingB, thinkingC)),
                List.of(new Dimension("2", "Ondernemen", null), new Dimension("4", "Communicatie", null)), competencies);
    }

    /** The three core competencies plus the given function-specific ones. */
    static List<DomainCompetency> core(DomainCompetency... specific) {
        var all = new ArrayList<>(List.of(new DomainCompetency("2", "Klantgerichtheid", null),
                new DomainCompetency("4", "Samenwerken", null), new DomainCompetency("2", "Resultaatgerichtheid", null)));
        all.addAll(List.of(specific));
        return all;
    }

    static DomainCompetency at(String level, String competency) {
        return new DomainCompetency("4", competency, level);
    }

    private static LevelledRow row(String title, String a, String b, String c) {
        return new LevelledRow(title, List.of(new LevelCell("A", List.of(a)), new LevelCell("B", List.of(b)),
                new LevelCell("C", List.of(c))));
    }
}
