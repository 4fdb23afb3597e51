/** Who may change the house: reading is open, every change needs a signed-in user. */
@NullMarked
package nl.functiehuis.security;

import org.jspecify.annotations.NullMarked;
