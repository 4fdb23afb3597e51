/** The fallback genre: a document of unknown layout kept as a generic profile with its sections. */
@NullMarked
package nl.functiehuis.importer.generic;

import org.jspecify.annotations.NullMarked;
