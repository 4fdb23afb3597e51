package nl.functiehuis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.ExportHouse;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the whole house, every version included, as one JSON document that {@code load} reads back. */
@Command(name = "export",
        description = "Schrijf het hele functiehuis, met alle versies, als JSON (UTF-8) naar standaarduitvoer of een bestand.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "BESTAND",
            description = "Schrijf naar dit bestand (in één keer: een half bestand ontstaat nooit).")
    @Nullable Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String json;
        try (var context = Boot.start(data, false, Map.of())) {
            json = context.getBean(ExportHouse.class).json();
        }
        if (out == null) {
            spec.commandLine().getOut().print(json);
            return Cli.OK;
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInput(out.toString(), "de map " + folder + " bestaat niet");
        }
        try {
            FileText.writeAtomically(out, json);
        } catch (IOException e) {
            throw new BadInput(out.toString(), "kan niet schrijven (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        spec.commandLine().getOut().println("Geëxporteerd naar " + out);
        return Cli.OK;
    }
}
