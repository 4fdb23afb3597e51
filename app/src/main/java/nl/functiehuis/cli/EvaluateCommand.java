package nl.functiehuis.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.EvaluateVacancy;
import nl.functiehuis.application.EvaluationDocument;
import nl.functiehuis.application.EvaluationNotFound;
import nl.functiehuis.json.HouseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a vacancy's ranking: totals, exclusions with reasons, explanations and the four-eyes state. */
@Command(name = "evaluate", description = "Toon de rangschikking van de kandidaten van een vacature: totalen,"
        + " uitsluitingen met reden, uitleg per kandidaat en of de rangschikking bevestigd is (vier ogen).",
        exitCodeListHeading = "%nAfsluitcodes:%n",
        exitCodeList = {"0:rangschikking definitief (bevestigd door een tweede beoordelaar)",
                "1:rangschikking getoond, maar nog niet definitief", "2:onbekende vacature of ongeldige instellingen",
                "3:interne fout"})
final class EvaluateCommand implements Callable<Integer> {
    static final int NOT_FINAL = 1;

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(index = "0", paramLabel = "VACATURE", description = "Id van de vacature.")
    String vacancy;

    @Option(names = "--json", description = "Schrijf de beoordeling als JSON (zoals GET /api/vacancies/{id}/evaluation).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EvaluationDocument document;
        String text;
        try (var context = Boot.start(data, false, Map.of())) {
            document = EvaluationDocument.of(context.getBean(EvaluateVacancy.class).report(vacancy, Operator.viewer()));
            text = json ? context.getBean(HouseJson.class).write(document) + "\n" : EvaluationText.of(document);
        } catch (EvaluationNotFound e) {
            throw new BadInput("VACATURE", e.getMessage());
        }
        spec.commandLine().getOut().print(text);
        return document.confirmed() ? Cli.OK : NOT_FINAL;
    }
}
