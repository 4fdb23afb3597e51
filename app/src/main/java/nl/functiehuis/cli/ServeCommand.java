package nl.functiehuis.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.LoadDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the web app; an empty house is filled with the demo house first. */
@Command(name = "serve",
        description = "Start de webapplicatie (met demo-functiehuis als de database leeg is).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Poort (standaard: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-demo", description = "Laat een lege database leeg.")
    boolean noDemo;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var context = Boot.start(data, true, Map.of("server.port", port));
        var out = spec.commandLine().getOut();
        if (!noDemo && context.getBean(LoadDemo.class).loadIfEmpty()) {
            out.println("Demo-functiehuis Gemeente Voorbeeldstad geladen.");
        }
        out.println("functiehuis draait op http://localhost:" + port + "/");
        return Cli.KEEP_RUNNING;
    }
}
