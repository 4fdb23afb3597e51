/** The command line: one class per subcommand, each translating arguments and calling a use case. */
@NullMarked
package nl.functiehuis.cli;

import org.jspecify.annotations.NullMarked;
