/**
 * Candidates offered for a vacancy and their evaluation: knock-out verdicts, wish and competency scores,
 * price scores, the ranking with an explanation per candidate and the four-eyes confirmation. Pure functions.
 */
@NullMarked
package nl.functiehuis.evaluation;

import org.jspecify.annotations.NullMarked;
