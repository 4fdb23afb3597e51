package nl.functiehuis.comparison;

import nl.functiehuis.competency.Dimension;

/** A competency a subject asks, the dimension or domain it is shown under, and what is asked. */
record Asked(Dimension group, String competency, Cell cell) {}
