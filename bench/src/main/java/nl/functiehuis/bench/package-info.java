/** JMH benchmarks of the importer; figures and the machine are in docs/benchmarks.md. */
@NullMarked
package nl.functiehuis.bench;

import org.jspecify.annotations.NullMarked;
