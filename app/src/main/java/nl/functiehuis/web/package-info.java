/** The Dutch web pages: controllers that translate requests to use cases, and their view models. */
@NullMarked
package nl.functiehuis.web;

import org.jspecify.annotations.NullMarked;
