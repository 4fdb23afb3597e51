/** Competency dictionaries: competencies grouped by dimension or domain, with behaviour levels A–D. */
@NullMarked
package nl.functiehuis.competency;

import org.jspecify.annotations.NullMarked;
