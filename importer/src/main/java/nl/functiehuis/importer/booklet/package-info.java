/** The CompetentieBOX booklet genre: dictionary, norm functions, enriched profiles, qualifications, NLQF and matrix. */
@NullMarked
package nl.functiehuis.importer.booklet;

import org.jspecify.annotations.NullMarked;
