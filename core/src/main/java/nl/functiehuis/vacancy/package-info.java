/** Vacancies and hiring requests (inhuuropdrachten) built on a function: terms, eisen, wensen, competencies. */
@NullMarked
package nl.functiehuis.vacancy;

import org.jspecify.annotations.NullMarked;
