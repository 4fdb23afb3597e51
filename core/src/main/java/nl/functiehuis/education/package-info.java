/**
 * Education: the NLQF levels, how Dutch education levels map onto them, the qualification catalogue,
 * which qualifications fit a profile and what the house asks of education.
 */
@NullMarked
package nl.functiehuis.education;

import org.jspecify.annotations.NullMarked;
