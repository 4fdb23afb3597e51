package nl.functiehuis.competency;

/** How a dictionary grades its competencies. */
public enum LevelScale {
    /** Behaviour levels D (lightest) … A (heaviest), as in the CompetentieBOX. */
    LETTERS_A_TO_D,
    /** No graded levels: a competency is asked or not, as in UWV competency domains. */
    NONE
}
