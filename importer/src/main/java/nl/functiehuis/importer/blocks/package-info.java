/** The neutral form every document format is read into: paragraphs and table rows with their place. */
@NullMarked
package nl.functiehuis.importer.blocks;

import org.jspecify.annotations.NullMarked;
