package nl.functiehuis.search;

/** How many results have a facet value, and whether the search filters on it. */
public record FacetCount(String value, int count, boolean selected) {}
