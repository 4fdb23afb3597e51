package nl.functiehuis.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.json.HouseJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows one profile version as readable text or as JSON. */
@Command(name = "show", description = "Toon één functieprofiel: alle onderdelen als tekst, of als JSON.")
final class ShowCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "CODE", description = "Code van het profiel, bijv. VS01.01.02, of een niveaucode.")
    String code = "";

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Uitvoer als leesbare tekst of als JSON (standaard: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = "--version", paramLabel = "N", description = "Toon versie N in plaats van de laatste versie.")
    @Nullable Integer version;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text;
        try (var context = Boot.start(data, false, Map.of())) {
            var browse = context.getBean(BrowseHouse.class);
            Optional<ProfileVersion> found = version == null ? browse.latest(code) : browse.version(code, version);
            if (found.isEmpty()) {
                return notFound(browse);
            }
            text = switch (format) {
                case TEXT -> ProfileText.of(found.get());
                case JSON -> context.getBean(HouseJson.class).write(found.get()) + "\n";
            };
        }
        spec.commandLine().getOut().print(text);
        return Cli.OK;
    }

    private int notFound(BrowseHouse browse) {
        var err = spec.commandLine().getErr();
        var latest = browse.latest(code);
        if (version != null && latest.isPresent()) {
            err.println("Profiel " + latest.get().code() + " heeft geen versie " + version
                    + " (laatste versie: " + latest.get().number() + ")");
        } else {
            err.println("Onbekend profiel: " + code);
        }
        return Cli.BAD_INPUT;
    }
}
