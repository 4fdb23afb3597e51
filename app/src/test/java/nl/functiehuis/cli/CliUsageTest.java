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
        assertThat(run.err()).contains("Zie ./functiehuis").doesNotContain("Unknown", "Missing", "Invalid", "Unmatched");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void namesAnUnknownCommandInDutchWithASuggestion() {
        CliRun run = CliRun.of("lijst");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("Onbekende opdracht: 'lijst'. Bedoelt u: list")
                .endsWith(lines("?", "Zie ./functiehuis --help"));
    }

    @Test
    void namesAnUnknownOptionAndTheCommandsHelp() {
        CliRun run = CliRun.of("list", "--bogus");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(lines("Onbekende optie: '--bogus'", "Zie ./functiehuis list --help"));
    }

    @Test
    void namesAMissingArgument() {
        CliRun run = CliRun.of("show");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("Argument ontbreekt: '").contains("Zie ./functiehuis show --help");
    }

    @Test
    void namesAMissingOptionValue() {
        CliRun run = CliRun.of("show", "X", "--format");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("'--format'", "Zie ./functiehuis show --help");
    }

    @Test
    void namesAnInvalidValueAndWhatIsAllowed() {
        CliRun format = CliRun.of("show", "X", "--format", "xml");
        CliRun port = CliRun.of("serve", "--port", "abc");

        assertThat(format.exit()).isEqualTo(1);
        assertThat(format.err()).startsWith("Ongeldige waarde voor optie '--format': 'xml'; kies uit text, json");
        assertThat(port.exit()).isEqualTo(1);
        assertThat(port.err()).startsWith("Ongeldige waarde voor optie '--port': 'abc'; verwacht een geheel getal")
                .contains("Zie ./functiehuis serve --help");
    }

    @Test
    void namesAnUnknownSubcommandOfANestedCommand() {
        CliRun run = CliRun.of("vacancy", "wis");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Onbekende opdracht: 'wis'", "Zie ./functiehuis vacancy --help");
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
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
