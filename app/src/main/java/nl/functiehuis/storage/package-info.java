/** JDBC storage of the function house, on H2 (embedded default) and PostgreSQL with the same migrations. */
@NullMarked
package nl.functiehuis.storage;

import org.jspecify.annotations.NullMarked;
