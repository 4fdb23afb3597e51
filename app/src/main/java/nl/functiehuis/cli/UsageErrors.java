package nl.functiehuis.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in Dutch: what is wrong, naming the option, argument or command, then where help is
 * ({@code ./functiehuis COMMAND --help}); exit code 1. Replaces picocli's English messages.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        var err = command.getErr();
        err.println(message(e));
        err.println("Zie ./" + command.getCommandSpec().qualifiedName(" ") + " --help");
        return Cli.USAGE;
    }

    static String message(ParameterException e) {
        return switch (e) {
            case UnmatchedArgumentException u -> unmatched(u);
            case MissingParameterException m -> m.getMissing().stream().map(UsageErrors::missing)
                    .collect(Collectors.joining("; "));
            default -> e.getArgSpec() != null && e.getValue() != null ? invalid(e.getArgSpec(), e.getValue())
                    : "Verkeerd gebruik: " + e.getMessage();
        };
    }

    private static String unmatched(UnmatchedArgumentException u) {
        List<String> words = u.getUnmatched();
        String first = words.isEmpty() ? "" : words.getFirst();
        boolean subcommands = !u.getCommandLine().getSubcommands().isEmpty();
        String message = u.isUnknownOption() ? "Onbekende optie: '" + first + "'"
                : subcommands ? "Onbekende opdracht: '" + first + "'"
                : "Onverwacht argument: '" + String.join(" ", words) + "'";
        List<String> suggestions = u.getSuggestions();
        return suggestions.isEmpty() ? message : message + ". Bedoelt u: " + String.join(", ", suggestions) + "?";
    }

    private static String missing(ArgSpec arg) {
        return arg instanceof OptionSpec option ? "Optie ontbreekt: '" + option.longestName() + "'"
                : "Argument ontbreekt: '" + arg.paramLabel() + "'";
    }

    private static String invalid(ArgSpec arg, String value) {
        String name = arg instanceof OptionSpec option ? "optie '" + option.longestName() + "'"
                : "argument '" + arg.paramLabel() + "'";
        String message = "Ongeldige waarde voor " + name + ": '" + value + "'";
        Class<?> type = arg.type();
        if (type.isEnum()) {
            return message + "; kies uit " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return message + "; verwacht een geheel getal";
        }
        return message;
    }
}
