package nl.functiehuis.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.EvaluationNotFound;
import nl.functiehuis.application.VacancyTeam;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows a vacancy's team, or adds a user to it as the local operator. */
@Command(name = "team", description = "Toon het team van een vacature of voeg een gebruiker toe (--add).")
final class TeamCommand implements Callable<Integer> {
    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(index = "0", paramLabel = "VACATURE", description = "Id van de vacature.")
    String vacancy;

    @Option(names = "--add", paramLabel = "GEBRUIKER", description = "Voeg deze gebruiker aan het team toe.")
    @Nullable String add;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var context = Boot.start(data, false, Map.of())) {
            var team = context.getBean(VacancyTeam.class);
            if (add != null) {
                team.add(vacancy, add, Operator.viewer());
            }
            team.members(vacancy).forEach(spec.commandLine().getOut()::println);
        } catch (EvaluationNotFound e) {
            throw new BadInput("VACATURE", e.getMessage());
        }
        return Cli.OK;
    }
}
