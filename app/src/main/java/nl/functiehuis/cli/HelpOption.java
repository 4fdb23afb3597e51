package nl.functiehuis.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for a subcommand (without {@code --version}, which {@code show} uses for a version number). */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Toon deze hulp en stop.")
    boolean help;
}
