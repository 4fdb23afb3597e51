package nl.functiehuis.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.vacancy.SavedVacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows one vacancy with every field, as text or as JSON. */
@Command(name = "show", description = {"Toon één vacature met alle velden.", "Afsluitcode 2 als het id onbekend is."})
final class VacancyShowCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "ID", description = "Het id van de vacature (zie 'vacancy list').")
    String id = "";

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Uitvoer: text of json.")
    Format format = Format.TEXT;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text;
        try (var context = Boot.start(data, false, Map.of())) {
            SavedVacancy saved = context.getBean(BrowseVacancies.class).find(id.strip())
                    .orElseThrow(() -> new BadInput("ID", "geen vacature met id '" + id + "' (zie 'vacancy list')"));
            text = format == Format.JSON ? context.getBean(HouseJson.class).write(saved) : VacancyText.of(saved);
        }
        spec.commandLine().getOut().println(text);
        return Cli.OK;
    }
}
