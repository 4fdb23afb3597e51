package nl.functiehuis.cli;

import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failed command becomes messages and an exit code: refused input is exit 2
 * with every problem and where it is; anything else is an internal error, exit 3.
 */
final class Failures implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        switch (e) {
            case BadInput b -> b.problems().forEach(p -> err.println(line(b.source(), p)));
            case InvalidInput i -> i.problems().forEach(p -> err.println(line("", p)));
            case InvalidValue v -> err.println(v.field() + ": " + v.problem());
            case StartFailed s when s.database() -> err.println("Database niet te openen (" + s.url() + "): "
                    + s.getMessage());
            case StartFailed s -> {
                err.println("Interne fout bij het starten: " + s.getMessage());
                return Cli.INTERNAL;
            }
            default -> {
                err.println("Interne fout: " + e);
                return Cli.INTERNAL;
            }
        }
        return Cli.BAD_INPUT;
    }

    private static String line(String source, Problem p) {
        String prefix = source.isEmpty() ? "" : source + ": ";
        return p.field().equals(source) ? prefix + p.message() : prefix + p.field() + ": " + p.message();
    }
}
