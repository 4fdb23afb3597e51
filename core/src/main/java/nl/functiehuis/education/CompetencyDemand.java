package nl.functiehuis.education;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.LevelLetter;

/**
 * How many profiles ask one competency: per behaviour level A–D ({@code perLevel}, in that order), without a
 * level (dictionaries that grade none, such as UWV's), and in total (profiles that ask it at any level).
 */
public record CompetencyDemand(String competency, List<Integer> perLevel, int withoutLevel, int profiles) {
    public CompetencyDemand {
        competency = Checks.text(competency, "competency");
        perLevel = Checks.list(perLevel, "perLevel");
        if (perLevel.size() != LevelLetter.values().length) {
            throw new InvalidValue("perLevel", "moet een aantal per gedragsniveau A–D hebben");
        }
    }

    /** The number of profiles asking the competency at this level. */
    public int at(LevelLetter level) {
        return perLevel.get(level.ordinal());
    }
}
