/** Use cases: plain classes that the web pages, the API and the CLI all call. */
@NullMarked
package nl.functiehuis.application;

import org.jspecify.annotations.NullMarked;
