/** The whole house as one value, for export and load: profiles, reference data, vacancies, rule settings, documents. */
@NullMarked
package nl.functiehuis.snapshot;

import org.jspecify.annotations.NullMarked;
