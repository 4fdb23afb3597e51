/**
 * Reads function-profile documents into domain drafts with an import report: {@link
 * nl.functiehuis.importer.ProfileDocumentParser} is the entry point.
 */
@NullMarked
package nl.functiehuis.importer;

import org.jspecify.annotations.NullMarked;
