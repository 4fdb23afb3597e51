package nl.functiehuis.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.LoadDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the web app; an empty house is filled with the demo house first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start de webapplicatie (met demo-functiehuis als de database leeg is).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Poort (standaard: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-demo", description = "Laat een lege database leeg.")
    boolean noDemo;

    @Override
    public Integer call() {
        var context = Boot.start(data, true, Map.of("server.port", port));
        if (!noDemo && context.getBean(LoadDemo.class).loadIfEmpty()) {
            System.out.println("Demo-functiehuis Gemeente Voorbeeldstad geladen.");
        }
        System.out.println("functiehuis draait op http://localhost:" + port + "/");
        return Cli.KEEP_RUNNING;
    }
}
