/**
 * The methodology rules of the function house, each a named value with its source, and the pure
 * validation of a whole house snapshot into a report.
 */
@NullMarked
package nl.functiehuis.validation;

import org.jspecify.annotations.NullMarked;
