package nl.functiehuis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code functiehuis} command and its subcommands. */
@Command(name = "functiehuis", mixinStandardHelpOptions = true, version = "functiehuis 0.1",
        description = "Functiehuis: functieprofielen beheren, vergelijken en publiceren.",
        subcommands = {ServeCommand.class})
public final class Cli implements Runnable {
    /** Returned by {@link #run(String[])} when a server keeps running after the command returns. */
    public static final int KEEP_RUNNING = -1;

    static final int OK = 0;
    static final int USAGE = 1;
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        var commandLine = new CommandLine(new Cli());
        commandLine.setExitCodeExceptionMapper(e -> BAD_INPUT);
        commandLine.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        return commandLine.execute(args);
    }
}
