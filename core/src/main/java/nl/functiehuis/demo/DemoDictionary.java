package nl.functiehuis.demo;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.competency.LevelScale;

/** The demo competency dictionary "voorbeeldstad": four dimensions and twelve competencies graded A–D. */
final class DemoDictionary {
    static final String ID = "voorbeeldstad";

    static final String PERSONAL = "persoonlijk";
    static final String CONCEPTUAL = "conceptueel";
    static final String RELATIONAL = "relationeel";
    static final String OPERATIONAL = "operationeel";

    private DemoDictionary() {}

    static CompetencyDictionary dictionary() {
        List<Competency> competencies = new ArrayList<>();
        competencies.addAll(DemoPersonalCompetencies.all());
        competencies.addAll(DemoRelationalCompetencies.all());
        competencies.addAll(DemoOperationalCompetencies.all());
        return new CompetencyDictionary(ID, "Competentiewoordenboek Voorbeeldstad", LevelScale.LETTERS_A_TO_D,
                dimensions(), competencies);
    }

    private static List<Dimension> dimensions() {
        return List.of(
                new Dimension(PERSONAL, "Persoonlijk",
                        "Hoe iemand zichzelf inzet: eigen waarden, wendbaarheid en de moed om te kiezen."),
                new Dimension(CONCEPTUAL, "Conceptueel",
                        "Hoe iemand informatie ordent, doorgrondt en er helder over schrijft."),
                new Dimension(RELATIONAL, "Relationeel",
                        "Hoe iemand omgaat met inwoners, collega's en partners, ook als het schuurt."),
                new Dimension(OPERATIONAL, "Operationeel",
                        "Hoe iemand het werk voor elkaar krijgt: zorgvuldig, op tijd en met het doel voor ogen."));
    }

    /** A competency of this dictionary with all four levels, lightest (D) first as written. */
    static Competency competency(String name, String dimension, String definition,
            BehaviourLevel d, BehaviourLevel c, BehaviourLevel b, BehaviourLevel a) {
        return new Competency(name, dimension, definition, List.of(d, c, b, a));
    }

    static BehaviourLevel level(LevelLetter letter, String name, String... indicators) {
        return new BehaviourLevel(letter, name, List.of(indicators));
    }
}
