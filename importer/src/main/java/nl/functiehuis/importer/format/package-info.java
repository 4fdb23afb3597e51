/** Document formats (txt, docx, odt, pdf, html) read into blocks, with limits against hostile files. */
@NullMarked
package nl.functiehuis.importer.format;

import org.jspecify.annotations.NullMarked;
