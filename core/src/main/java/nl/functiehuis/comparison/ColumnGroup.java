package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.competency.Dimension;

/** The competency columns of one dimension or domain, in order. */
public record ColumnGroup(Dimension dimension, List<String> competencies) {
    public ColumnGroup {
        Checks.required(dimension, "dimension");
        competencies = Checks.texts(competencies, "competencies");
    }
}
