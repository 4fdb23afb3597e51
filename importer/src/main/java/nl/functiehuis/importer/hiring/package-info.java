/** A hiring request (inhuuropdracht): terms, tasks, eisen, wensen and competencies as a vacancy draft. */
@NullMarked
package nl.functiehuis.importer.hiring;

import org.jspecify.annotations.NullMarked;
