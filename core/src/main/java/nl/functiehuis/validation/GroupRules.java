package nl.functiehuis.validation;

import java.util.List;

/**
 * The rules about a function group or a levelled family, each a named value: going up from the lightest
 * function, levels, scales and minimum education do not fall.
 */
public final class GroupRules {
    private static final String CONSISTENT = "CompetentieBOX §1.2 (consistente opbouw binnen functiegroep en -reeks)";

    public static final GroupRule LEVELS_RISE = new GroupRule("GROEP-NIVEAU", "Zwaardere functie vraagt geen lager niveau",
            Severity.FOUT, CONSISTENT, "Binnen een functiegroep vraagt een zwaardere functie een competentie nooit op een"
                    + " lichter gedragsniveau dan een lichtere functie (Publiek I ≥ II ≥ … ≥ V).", LadderRules::levels);

    public static final GroupRule SCALES_RISE = new GroupRule("GROEP-SCHAAL", "Schaal daalt niet",
            Severity.FOUT, "UWV Klantadviseur A/B/C (schaal per niveau); functiehuis", "Binnen een functiegroep of"
                    + " functiefamilie heeft een zwaardere functie of een hoger niveau nooit een lagere schaal.",
            LadderRules::scales);

    public static final GroupRule EDUCATION_RISES = new GroupRule("GROEP-OPLEIDING", "Minimale opleiding daalt niet",
            Severity.FOUT, CONSISTENT, "Binnen een functiegroep of functiefamilie vraagt een zwaardere functie nooit een"
                    + " lagere minimale opleiding (of een lager werk- en denkniveau).", LadderRules::education);

    private GroupRules() {}

    public static List<GroupRule> all() {
        return List.of(LEVELS_RISE, SCALES_RISE, EDUCATION_RISES);
    }
}
