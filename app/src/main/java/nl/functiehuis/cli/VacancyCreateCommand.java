package nl.functiehuis.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.CreateVacancy;
import nl.functiehuis.vacancy.SavedVacancy;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates a concept vacancy prefilled from a profile version and prints its id. */
@Command(name = "create", description = {"Maak een conceptvacature uit een profielversie (competenties met niveau,"
        + " minimumopleiding, schaal, taken).", "Een niveaucode (zoals 3007) kiest dat niveau van een functiefamilie.",
        "Afsluitcode 2 als het profiel of de versie niet bestaat."})
final class VacancyCreateCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--from-profile", paramLabel = "CODE", required = true, description = "Code of niveaucode van het profiel.")
    String profile = "";

    @Option(names = "--version", paramLabel = "N", description = "Versie van het profiel (standaard: de laatste).")
    @Nullable Integer version;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SavedVacancy saved;
        try (var context = Boot.start(data, false, Map.of())) {
            saved = context.getBean(CreateVacancy.class).fromProfile(profile, version, VacancyCommand.author());
        }
        var v = saved.vacancy();
        spec.commandLine().getOut().println(saved.id() + "  " + v.title() + "  (concept uit " + v.profileCode()
                + " versie " + v.profileVersion() + ": " + v.competencies().size() + " competenties, "
                + v.requirements().size() + " eisen, " + v.tasks().size() + " taken)");
        return Cli.OK;
    }
}
