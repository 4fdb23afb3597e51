/** Function profiles of the four kinds found in function houses, and their parts. */
@NullMarked
package nl.functiehuis.profile;

import org.jspecify.annotations.NullMarked;
