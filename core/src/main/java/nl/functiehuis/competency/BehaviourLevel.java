package nl.functiehuis.competency;

import java.util.List;
import nl.functiehuis.Checks;

/** One behaviour level of a competency, e.g. C "handelen", with its observable indicators. */
public record BehaviourLevel(LevelLetter letter, String name, List<String> indicators) {
    public BehaviourLevel {
        Checks.required(letter, "letter");
        name = Checks.text(name, "name");
        indicators = Checks.texts(indicators, "indicators");
    }
}
