/** Finished responses kept in memory for anonymous reads that many people ask for, dropped on every house change. */
@NullMarked
package nl.functiehuis.responses;

import org.jspecify.annotations.NullMarked;
