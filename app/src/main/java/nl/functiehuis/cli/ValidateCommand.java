package nl.functiehuis.cli;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.functiehuis.application.ReportDocument;
import nl.functiehuis.application.ValidateHouse;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Validates the house (or one profile) against the methodology rules; exit 1 when a rule reports an error. */
@Command(name = "validate",
        description = "Controleer het functiehuis (of één profiel) op de methoderegels: fouten, waarschuwingen en info.",
        exitCodeListHeading = "%nAfsluitcodes:%n",
        exitCodeList = {"0:geen fouten (waarschuwingen en info kunnen er zijn)", "1:er zijn fouten",
                "2:ongeldige invoer (onbekend profiel, database)", "3:interne fout"})
final class ValidateCommand implements Callable<Integer> {
    static final int ERRORS = 1;

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--json", description = "Schrijf het rapport als JSON (zoals GET /api/validation).")
    boolean json;

    @Option(names = "--profile", paramLabel = "CODE", description = "Controleer alleen dit profiel (code, slug of niveaucode).")
    @Nullable String profile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidationReport report;
        String text;
        try (var context = Boot.start(data, false, Map.of())) {
            var validate = context.getBean(ValidateHouse.class);
            Optional<ValidationReport> found = profile == null ? Optional.of(validate.house()) : validate.profile(profile);
            report = found.orElseThrow(() -> new BadInput("--profile", "er is geen functieprofiel met code '" + profile + "'"));
            String code = profile == null ? null : report.profiles().getFirst().code().value();
            text = json ? context.getBean(HouseJson.class).write(ReportDocument.of(report, code)) + "\n"
                    : ValidationText.of(report);
        }
        spec.commandLine().getOut().print(text);
        return report.hasErrors() ? ERRORS : Cli.OK;
    }
}
