package nl.functiehuis.importer.levelled;

import org.jspecify.annotations.Nullable;

/**
 * Where the function sits, as the document tells it: the organisation, the division (with its
 * abbreviation), the unit it works for, the role it reports to (as written) and the chart, if any.
 */
public record Organisation(
        @Nullable String name,
        @Nullable String division,
        @Nullable String divisionAbbreviation,
        @Nullable String worksFor,
        @Nullable String reportsTo,
        @Nullable OrgChart chart) {}
