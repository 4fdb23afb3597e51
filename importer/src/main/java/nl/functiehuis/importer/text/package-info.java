/**
 * Reading Dutch running text, shared by the genres: dates, enumerations, names written two ways, and
 * the inconsistencies a document shows between such readings.
 */
@NullMarked
package nl.functiehuis.importer.text;

import org.jspecify.annotations.NullMarked;
