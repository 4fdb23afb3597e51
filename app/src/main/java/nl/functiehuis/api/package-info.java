/** The JSON REST API under /api: translates HTTP to the use cases and their failures to problem+json. */
@NullMarked
package nl.functiehuis.api;

import org.jspecify.annotations.NullMarked;
