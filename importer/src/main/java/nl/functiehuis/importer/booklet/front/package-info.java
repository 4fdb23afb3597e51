/** The front matter of a CompetentieBOX booklet: cover, contents, methodology, matrix, NLQF tables, overview. */
@NullMarked
package nl.functiehuis.importer.booklet.front;

import org.jspecify.annotations.NullMarked;
