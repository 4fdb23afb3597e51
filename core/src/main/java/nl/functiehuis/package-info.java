/** The functiehuis domain: shared checks for the records of the sub-packages. */
@NullMarked
package nl.functiehuis;

import org.jspecify.annotations.NullMarked;
