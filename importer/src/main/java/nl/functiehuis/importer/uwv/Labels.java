package nl.functiehuis.importer.uwv;

import java.util.List;

/** The Dutch table columns and words an organisation profile is recognised by (labels: {@link SummaryField}). */
final class Labels {
    private Labels() {}

    static final List<String> RESULT_COLUMNS = List.of("Resultaatgebied", "Kernactiviteit", "Resultaat");
    static final List<String> BEHAVIOUR_COLUMNS = List.of("Gedragscompetentie", "Definitie", "Gedragsvoorbeeld");
    static final String DEPARTMENT = "Afdeling";
    /** "n.v.t." folded. */
    static final String NOT_APPLICABLE = "nvt";
}
