package nl.functiehuis.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code functiehuis} command and its subcommands. */
@Command(name = "functiehuis", mixinStandardHelpOptions = true, version = "functiehuis 0.1",
        resourceBundle = "nl.functiehuis.cli.Messages",
        description = "Functiehuis: functieprofielen beheren, vergelijken en publiceren.",
        subcommands = {ServeCommand.class, ListCommand.class, ShowCommand.class, ExportCommand.class,
                LoadCommand.class, DemoCommand.class, ImportCommand.class, EducationCommand.class,
                ValidateCommand.class, MatrixCommand.class, CompareCommand.class,
                PublishCommand.class, SearchCommand.class, VacancyCommand.class,
                CandidatesCommand.class, EvaluateCommand.class, TeamCommand.class},
        exitCodeListHeading = "%nAfsluitcodes:%n",
        exitCodeList = {"0:gelukt", "1:verkeerd gebruik (onbekende optie, ontbrekend argument)",
                "2:ongeldige invoer (bestand, veld, code of database); er is niets veranderd", "3:interne fout"})
public final class Cli implements Runnable {
    /** Returned by {@link #run(String[])} when a server keeps running after the command returns. */
    public static final int KEEP_RUNNING = -1;

    static final int OK = 0;
    static final int USAGE = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line, printing UTF-8 to standard out and standard error; returns the exit code. */
    public static int run(String... args) {
        return run(utf8(FileDescriptor.out), utf8(FileDescriptor.err), args);
    }

    /** Runs a command line with the given outputs; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        var commandLine = new CommandLine(new Cli());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new Failures());
        commandLine.setParameterExceptionHandler(new UsageErrors());
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
