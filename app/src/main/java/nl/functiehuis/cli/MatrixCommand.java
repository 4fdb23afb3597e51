package nl.functiehuis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.functiehuis.application.MatrixScope;
import nl.functiehuis.application.ShowMatrix;
import nl.functiehuis.comparison.CompetencyMatrix;
import nl.functiehuis.sheets.MatrixCsv;
import nl.functiehuis.sheets.MatrixWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes the function × competency matrix of a group, series or family as CSV or as an Excel workbook. */
@Command(name = "matrix", description = "Competentiematrix (functie × competentie) van een functiegroep,"
        + " functiereeks of functiefamilie, als CSV of Excel (XLSX).")
final class MatrixCommand implements Callable<Integer> {

    enum Format { CSV, XLSX }

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope = new Scope();

    static final class Scope {
        @Option(names = "--group", paramLabel = "NAAM|CODE", description = "Functiegroep, bijv. Publiek of N06.01.")
        @Nullable String group;

        @Option(names = "--series", paramLabel = "NAAM|CODE", description = "Functiereeks, bijv. N06: alle groepen onder elkaar.")
        @Nullable String series;

        @Option(names = "--family", paramLabel = "CODE", description = "Functiefamilie met niveaus, bijv. 3006/3007/3008 of 3007.")
        @Nullable String family;

        MatrixScope scope() {
            if (group != null) {
                return new MatrixScope.Group(group);
            }
            return series != null ? new MatrixScope.Series(series) : new MatrixScope.Family(String.valueOf(family));
        }
    }

    @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv",
            description = "CSV (UTF-8, komma's) of Excel (standaard: ${DEFAULT-VALUE}).")
    Format format = Format.CSV;

    @Option(names = {"-o", "--out"}, paramLabel = "BESTAND", description = "Schrijf naar dit bestand (nodig voor xlsx).")
    @Nullable Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Format.XLSX && out == null) {
            throw new ParameterException(spec.commandLine(), "Een Excel-bestand is binair: geef --out BESTAND.");
        }
        MatrixScope asked = scope.scope();
        Optional<CompetencyMatrix> matrix;
        try (var context = Boot.start(data, false, Map.of())) {
            matrix = context.getBean(ShowMatrix.class).matrix(asked);
        }
        if (matrix.isEmpty()) {
            spec.commandLine().getErr().println(unknown(asked));
            return Cli.BAD_INPUT;
        }
        if (out == null) {
            spec.commandLine().getOut().print(MatrixCsv.write(matrix.get()));
            return Cli.OK;
        }
        write(out, format == Format.CSV ? MatrixCsv.write(matrix.get()).getBytes(StandardCharsets.UTF_8)
                : MatrixWorkbook.write(matrix.get()));
        spec.commandLine().getOut().println("Matrix (" + matrix.get().rows().size() + " functies, "
                + matrix.get().competencies().size() + " competenties) geschreven naar " + out);
        return Cli.OK;
    }

    private static String unknown(MatrixScope scope) {
        return switch (scope) {
            case MatrixScope.Group g -> "Onbekende functiegroep: " + g.value();
            case MatrixScope.Series s -> "Onbekende functiereeks: " + s.value();
            case MatrixScope.Family f -> "Onbekend profiel: " + f.value();
        };
    }

    private static void write(Path file, byte[] content) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInput(file.toString(), "de map " + folder + " bestaat niet");
        }
        try {
            FileText.writeAtomically(file, content);
        } catch (IOException e) {
            throw new BadInput(file.toString(), "kan niet schrijven (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }
}
