package nl.functiehuis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import nl.functiehuis.application.AddCandidates;
import nl.functiehuis.application.CandidateCvFiles;
import nl.functiehuis.application.CandidateJson;
import nl.functiehuis.application.EvaluationNotFound;
import nl.functiehuis.evaluation.Amounts;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.json.HouseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Candidates of a vacancy: {@code add} from a JSON file (format in the README), {@code list}. */
@Command(name = "candidates", description = "Kandidaten van een vacature toevoegen (JSON) of tonen.",
        subcommands = {CandidatesCommand.Add.class, CandidatesCommand.ListCandidates.class})
final class CandidatesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Voeg de kandidaten uit een JSON-bestand (één object of een lijst) toe,"
            + " met een cv-bestand waar cvFile dat noemt; bij een fout wordt niets opgeslagen.",
            exitCodeListHeading = "%nAfsluitcodes:%n",
            exitCodeList = {"0:toegevoegd", "2:ongeldig bestand of onbekende vacature; niets opgeslagen",
                    "3:interne fout"})
    static final class Add implements Callable<Integer> {
        @Mixin
        HelpOption help = new HelpOption();

        @Mixin
        DataOptions data = new DataOptions();

        @Parameters(index = "0", paramLabel = "VACATURE", description = "Id van de vacature.")
        String vacancy;

        @Parameters(index = "1", paramLabel = "BESTAND", description = "JSON-bestand met de kandidaat of kandidaten.")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String text = read(file);
            try (var context = Boot.start(data, false, Map.of())) {
                var root = CandidateJson.tree(context.getBean(HouseJson.class), text, file.toString());
                var drafts = CandidateJson.drafts(root);
                IntFunction<String> place = i -> CandidateJson.place(root, i);
                var uploads = CvFilePaths.read(file, CandidateJson.cvFiles(root), place);
                var added = context.getBean(CandidateCvFiles.class).addWithFiles(vacancy, drafts, uploads,
                        Operator.viewer(), place);
                var out = spec.commandLine().getOut();
                for (int i = 0; i < added.size(); i++) {
                    var c = added.get(i);
                    var upload = uploads.get(i);
                    out.println("kandidaat " + c.id() + " " + c.name() + " (" + c.supplier() + ", "
                            + Amounts.euro(c.hourlyRate()) + ")" + (upload == null ? "" : ", cv-bestand " + upload.name()));
                }
                out.println(added.size() + " kandidaten toegevoegd aan vacature " + vacancy);
            } catch (InvalidInput e) {
                throw BadInput.of(file.toString(), e);
            } catch (nl.functiehuis.InvalidValue e) {
                throw new BadInput(file.toString(), List.of(new nl.functiehuis.house.Problem(e.field(),
                        e.problem())));
            } catch (EvaluationNotFound e) {
                throw new BadInput("VACATURE", e.getMessage());
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "Toon de kandidaten van een vacature, één per regel, id eerst.")
    static final class ListCandidates implements Callable<Integer> {
        @Mixin
        HelpOption help = new HelpOption();

        @Mixin
        DataOptions data = new DataOptions();

        @Parameters(index = "0", paramLabel = "VACATURE", description = "Id van de vacature.")
        String vacancy;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = Boot.start(data, false, Map.of())) {
                var out = spec.commandLine().getOut();
                for (var row : context.getBean(AddCandidates.class).list(vacancy, Operator.viewer())) {
                    var c = row.personal();
                    out.println(row.id() + "\t" + row.number() + "\t" + row.label()
                            + (c == null ? "" : "\t" + c.supplier() + "\t" + Amounts.euro(c.hourlyRate())));
                }
            } catch (EvaluationNotFound e) {
                throw new BadInput("VACATURE", e.getMessage());
            }
            return Cli.OK;
        }
    }

    static String read(Path file) {
        try {
            if (Files.size(file) > 5_000_000) {
                throw new BadInput(file.toString(), "het bestand is groter dan 5 MB");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInput(file.toString(), "niet te lezen: " + e.getMessage());
        }
    }
}
