package nl.functiehuis.validation;

/**
 * A methodology rule: a stable id such as "CB-MAX-5", a Dutch title and explanation, how serious a
 * violation is, and the source the rule comes from (e.g. "CompetentieBOX §1.2").
 */
public sealed interface Rule permits ProfileRule, GroupRule {

    String id();

    String title();

    Severity severity();

    String source();

    /** What the rule checks and why, in Dutch, for the rules page. */
    String explanation();

    /** What the rule looks at, in Dutch: "profiel" or "functiegroep of -familie". */
    String scope();
}
