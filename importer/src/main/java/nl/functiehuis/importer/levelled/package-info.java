/** A levelled function profile (UWV style A/B/C): levels, per-level tables, competencies per domain. */
@NullMarked
package nl.functiehuis.importer.levelled;

import org.jspecify.annotations.NullMarked;
