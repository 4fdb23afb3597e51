package nl.functiehuis.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.ImportOutcome;
import nl.functiehuis.application.ImportVacancies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a hiring-request document for its vacancies and prints what it made. */
@Command(name = "import", description = {"Importeer een inhuuropdracht (vacaturedocument) als conceptvacature.",
        "Alleen vacatures: een document met functieprofielen wordt geweigerd (gebruik daarvoor 'import').",
        "Afsluitcode 2 als het document niet te lezen is of geen vacature bevat; er is dan niets veranderd."})
final class VacancyImportCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "BESTAND", description = "Het document, hoogstens 20 MB.")
    Path file = Path.of("");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] content = FileText.bytes(file);
        ImportOutcome outcome;
        try (var context = Boot.start(data, false, Map.of())) {
            outcome = context.getBean(ImportVacancies.class).importDocument(name, content, VacancyCommand.author());
        }
        if (outcome.failed()) {
            spec.commandLine().getErr().println(file + ": niet geïmporteerd: "
                    + ImportText.withoutName(String.valueOf(outcome.reason()), outcome.name()));
            return Cli.BAD_INPUT;
        }
        var out = spec.commandLine().getOut();
        for (ImportOutcome.Item item : outcome.items()) {
            String action = item.action() == ImportOutcome.Action.CREATED ? "nieuw" : "ongewijzigd (bestond al)";
            out.println(item.key() + "  " + item.title() + "  " + action);
        }
        return Cli.OK;
    }
}
