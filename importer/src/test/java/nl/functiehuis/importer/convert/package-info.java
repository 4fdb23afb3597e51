/** Test-side converters: documents read from text written out again as docx, odt, html and tagged pdf. */
@NullMarked
package nl.functiehuis.importer.convert;

import org.jspecify.annotations.NullMarked;
