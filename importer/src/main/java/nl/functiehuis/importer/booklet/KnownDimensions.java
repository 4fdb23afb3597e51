package nl.functiehuis.importer.booklet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.importer.blocks.Spelling;

/**
 * The four dimensions of the CompetentieBOX competency dictionary and which dimension each of its
 * competencies belongs to (a list of names, as the dictionary's matrix groups them). Booklets state
 * the grouping in their front-matter matrix; this table is the fallback until that matrix is read.
 */
final class KnownDimensions {
    static final Dimension PERSONAL = new Dimension("persoonlijk", "Persoonlijk", null);
    static final Dimension CONCEPTUAL = new Dimension("conceptueel", "Conceptueel", null);
    static final Dimension RELATIONAL = new Dimension("relationeel", "Relationeel", null);
    static final Dimension OPERATIONAL = new Dimension("operationeel", "Operationeel", null);
    /** For a competency the table does not know; only added to a dictionary that needs it. */
    static final Dimension UNKNOWN = new Dimension("onbepaald", "Onbepaald", null);

    static final List<Dimension> ALL = List.of(PERSONAL, CONCEPTUAL, RELATIONAL, OPERATIONAL);

    private static final Map<String, Dimension> BY_COMPETENCY = new LinkedHashMap<>();

    static {
        put(PERSONAL, "Flexibiliteit", "Integriteit", "Ondernemingszin", "Stressbestendigheid", "Verantwoordelijkheid",
                "Zelfreflectie", "Zelfstandigheid");
        put(CONCEPTUAL, "Analytisch vermogen", "Creativiteit", "Oordeelsvorming", "Visie");
        put(RELATIONAL, "Coachen", "Commercieel handelen", "Conflicthantering", "Inlevingsvermogen", "Klantgerichtheid",
                "Leidinggeven", "Mondelinge communicatie", "Netwerken", "Omgevingsbewustzijn", "Onderhandelen",
                "Overtuigingskracht", "Regisseren", "Samenwerken", "Schriftelijke communicatie");
        put(OPERATIONAL, "Besluitvaardigheid", "Initiatief", "Kwaliteitsgerichtheid", "Nauwkeurigheid",
                "Plannen en organiseren");
    }

    private KnownDimensions() {}

    private static void put(Dimension dimension, String... competencies) {
        for (String c : competencies) {
            BY_COMPETENCY.put(c, dimension);
        }
    }

    /** The known competency closest in spelling, with its dimension. */
    static Optional<Known> of(String competency) {
        return Spelling.closest(competency, BY_COMPETENCY.keySet())
                .map(m -> new Known(m.candidate(), BY_COMPETENCY.get(m.candidate()), m.distance()));
    }

    /** A competency of the table, its dimension, and how far the looked-up name was from it. */
    record Known(String name, Dimension dimension, int distance) {}

    /** Position of a dimension in the dictionary's order; unknown last. */
    static int order(String code) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).code().equals(code)) {
                return i;
            }
        }
        return ALL.size();
    }
}
