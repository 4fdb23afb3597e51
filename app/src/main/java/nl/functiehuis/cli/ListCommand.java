package nl.functiehuis.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.ProfileSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the latest version of every profile, one a line, code first. */
@Command(name = "list", description = "Toon alle functieprofielen: code, soort, titel, versie, status (en niveaucodes).")
final class ListCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ProfileSummary> profiles;
        try (var context = Boot.start(data, false, Map.of())) {
            profiles = context.getBean(BrowseHouse.class).list();
        }
        var out = spec.commandLine().getOut();
        if (profiles.isEmpty()) {
            out.println("Het functiehuis is leeg. Laad het demo-functiehuis met 'demo' of een export met 'load BESTAND'.");
            return Cli.OK;
        }
        var table = new Columns();
        for (ProfileSummary p : profiles) {
            table.row(p.code(), p.kind().label(), p.title(), "v" + p.version(), p.status().label(),
                    String.join(" ", p.levelCodes()));
        }
        table.print(out);
        return Cli.OK;
    }
}
