package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Help and usage errors, which never open a database. */
class CliUsageTest {

    @ParameterizedTest
    @ValueSource(strings = {"list --bogus", "load", "nope", "show", "show X --format xml", "serve --port abc"})
    void exitsWithOneOnUsageErrors(String args) {
        CliRun run = CliRun.of(args.split(" "));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Gebruik: functiehuis");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void printsDutchHelpListingEveryCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Gebruik: functiehuis")
                .contains("Toon deze hulp en stop.", "serve", "list", "show", "export", "load", "demo", "Afsluitcodes");
    }

    @Test
    void printsHelpOfASubcommand() {
        CliRun run = CliRun.of("show", "-h");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--format=text|json", "--version=N", "Toon versie N", "--data=DIR", "--db=JDBC-URL");
    }
}
