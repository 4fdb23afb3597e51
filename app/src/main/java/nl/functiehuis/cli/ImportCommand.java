package nl.functiehuis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.ImportOutcome;
import nl.functiehuis.application.ImportSummary;
import nl.functiehuis.json.HouseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports function-profile documents, each on its own and all or nothing, and prints the import report. */
@Command(name = "import",
        description = {"Importeer functieprofieldocumenten (nu: tekstbestanden) in het functiehuis.",
                "Elk bestand wordt op zichzelf geïmporteerd, alles of niets: een bestand dat mislukt verandert niets,"
                        + " de andere worden wel geïmporteerd.",
                "Opnieuw importeren van hetzelfde document meldt 'ongewijzigd' en maakt geen versies; een gewijzigd"
                        + " document maakt alleen nieuwe versies van de profielen die veranderd zijn.",
                "Afsluitcode 0 als elk bestand geïmporteerd of ongewijzigd is, 2 als één of meer bestanden niet"
                        + " geïmporteerd konden worden (met de reden)."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "BESTAND", arity = "1..*", description = "Documenten om te importeren, elk hoogstens 20 MB.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "Toon wat er zou gebeuren, maar sla niets op.")
    boolean dryRun;

    @Option(names = "--json", description = "Schrijf het verslag als JSON naar standaarduitvoer.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String author = author();
        ImportSummary summary;
        String text;
        try (var context = Boot.start(data, false, Map.of())) {
            var importer = context.getBean(ImportDocuments.class);
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (Path file : files) {
                outcomes.add(importOne(importer, file, author));
            }
            summary = ImportSummary.of(dryRun, outcomes);
            text = json ? context.getBean(HouseJson.class).write(summary) : "";
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(text);
        } else {
            ImportText.print(summary, files, out);
        }
        for (int i = 0; i < files.size(); i++) {
            ImportOutcome outcome = summary.documents().get(i);
            if (outcome.failed()) {
                spec.commandLine().getErr().println(files.get(i) + ": niet geïmporteerd: "
                        + ImportText.withoutName(String.valueOf(outcome.reason()), outcome.name()));
            }
        }
        return summary.anyFailed() ? Cli.BAD_INPUT : Cli.OK;
    }

    private ImportOutcome importOne(ImportDocuments importer, Path file, String author) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] content;
        try {
            content = FileText.bytes(file);
        } catch (BadInput e) {
            return ImportOutcome.unreadable(name, dryRun, e.problems().getFirst().message());
        }
        return importer.importDocument(name, content, author, dryRun);
    }

    private static String author() {
        String user = System.getenv("USER");
        return user == null || user.isBlank() ? "cli" : user;
    }
}
