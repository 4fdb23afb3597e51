/** The JSON form of the domain: one mapper for storage, export and the API, and Dutch messages for bad JSON. */
@NullMarked
package nl.functiehuis.json;

import org.jspecify.annotations.NullMarked;
