/**
 * Profiles side by side: the function × competency matrix of a group, series or family, the comparison
 * of two to five profiles or function levels, and the changes between two versions of one profile.
 */
@NullMarked
package nl.functiehuis.comparison;

import org.jspecify.annotations.NullMarked;
