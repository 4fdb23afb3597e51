package nl.functiehuis.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.application.LoadDemo;
import nl.functiehuis.application.Viewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Fills an empty house with the demo house; a house that has profiles is left alone. */
@Command(name = "demo",
        description = {"Laad het demo-functiehuis van de fictieve Gemeente Voorbeeldstad in een leeg functiehuis,",
                "met een demovacature waarvan de kandidaten al zijn gescoord (nog niet bevestigd).",
                "Is het functiehuis niet leeg, dan verandert er niets (afsluitcode 2)."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean loaded;
        int profiles;
        int vacancies;
        int candidates;
        String name;
        try (var context = Boot.start(data, false, Map.of())) {
            loaded = context.getBean(LoadDemo.class).loadIfEmpty();
            var browse = context.getBean(BrowseHouse.class);
            profiles = browse.list().size();
            name = browse.houseName();
            var all = context.getBean(BrowseVacancies.class).list();
            vacancies = all.size();
            var add = context.getBean(AddCandidates.class);
            candidates = all.stream().mapToInt(v -> add.list(v.id(), Viewer.operator("demo")).size()).sum();
        }
        if (!loaded) {
            spec.commandLine().getErr().println("Het functiehuis is niet leeg; demo niet geladen.");
            return Cli.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Demo-functiehuis " + name + " geladen: " + profiles + " profielen, "
                + vacancies + (vacancies == 1 ? " vacature" : " vacatures") + " met " + candidates + " kandidaten.");
        return Cli.OK;
    }
}
