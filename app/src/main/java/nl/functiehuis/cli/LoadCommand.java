package nl.functiehuis.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.LoadHouse;
import nl.functiehuis.house.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads an export into an empty or existing house, all or nothing. */
@Command(name = "load",
        description = {"Laad een export (JSON) in een leeg of bestaand functiehuis: alles of niets.",
                "Bestaande versies moeten gelijk zijn aan die in het bestand; nieuwe versies worden toegevoegd.",
                "Bij een fout wordt niets geladen en noemt de melding bestand en veld (afsluitcode 2)."})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "BESTAND", description = "Een export van 'export', hoogstens 20 MB.")
    Path file = Path.of("");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String source = file.toString();
        String json = FileText.read(file);
        if (json.isBlank()) {
            throw new BadInput(source, "het bestand is leeg; er is niets geladen");
        }
        LoadHouse.Result result;
        try (var context = Boot.start(data, false, Map.of())) {
            result = context.getBean(LoadHouse.class).load(json, source);
        } catch (InvalidInput e) {
            throw BadInput.of(source, e);
        }
        spec.commandLine().getOut().println("Geladen: " + result.versionsAdded() + " versies toegevoegd, "
                + result.versionsUnchanged() + " ongewijzigd (" + result.profiles() + " profielen)");
        return Cli.OK;
    }
}
