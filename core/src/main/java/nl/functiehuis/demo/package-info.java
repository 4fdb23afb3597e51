/** A small, self-written demo function house for Gemeente Voorbeeldstad, used to start the app with sample data. */
@NullMarked
package nl.functiehuis.demo;

import org.jspecify.annotations.NullMarked;
