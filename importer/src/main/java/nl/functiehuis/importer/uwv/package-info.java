/** An organisation's own function profile (UWV style): cover sheet, result areas, behaviour competencies. */
@NullMarked
package nl.functiehuis.importer.uwv;

import org.jspecify.annotations.NullMarked;
