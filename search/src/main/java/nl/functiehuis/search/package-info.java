/** Full-text search over the function house: a Lucene index with Dutch analysis, facets and highlights. */
@NullMarked
package nl.functiehuis.search;

import org.jspecify.annotations.NullMarked;
