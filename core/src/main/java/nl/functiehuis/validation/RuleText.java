package nl.functiehuis.validation;

import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;

/** The checks every rule's texts pass: an upper-case id and non-blank title, source and explanation. */
final class RuleText {
    private RuleText() {}

    static String id(String id) {
        String checked = Checks.text(id, "id");
        if (!checked.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
            throw new InvalidValue("id", "moet hoofdletters, cijfers en streepjes zijn, maar is '" + id + "'");
        }
        return checked;
    }
}
