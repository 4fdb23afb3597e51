/** The function house: series and groups, qualifications, scales, versioned profiles and the storage ports. */
@NullMarked
package nl.functiehuis.house;

import org.jspecify.annotations.NullMarked;
