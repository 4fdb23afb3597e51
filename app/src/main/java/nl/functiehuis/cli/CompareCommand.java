package nl.functiehuis.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.CompareProfiles;
import nl.functiehuis.comparison.ProfileComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints two to five profiles or function levels side by side, marking the lines where they differ. */
@Command(name = "compare", description = "Vergelijk 2 tot 5 profielen of functieniveaus; regels die verschillen"
        + " staan met ≠ en per profiel, gelijke regels met = en één keer.")
final class CompareCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "CODE", arity = "1..*",
            description = "Codes van profielen of niveaus, bijv. 3006 3007 3008; de code van een familie geeft al haar niveaus.")
    List<String> codes = List.of();

    @Option(names = "--differences", description = "Toon alleen de regels die verschillen.")
    boolean differencesOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProfileComparison comparison;
        try (var context = Boot.start(data, false, Map.of())) {
            comparison = context.getBean(CompareProfiles.class).compare(codes);
        }
        spec.commandLine().getOut().print(CompareText.of(comparison, differencesOnly));
        return Cli.OK;
    }
}
