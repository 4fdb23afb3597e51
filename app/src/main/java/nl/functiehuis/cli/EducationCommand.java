package nl.functiehuis.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.functiehuis.application.EducationOverview;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.education.CatalogEntry;
import nl.functiehuis.education.CompetencyDemand;
import nl.functiehuis.education.Demand;
import nl.functiehuis.education.FunctionFit;
import nl.functiehuis.education.QualificationDemand;
import nl.functiehuis.education.QualificationFunctions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code education demand [--csv]} and {@code education qualifications}. */
@Command(name = "education", description = "Onderwijs: de vraag naar competenties en kwalificaties, en de kwalificaties.",
        subcommands = {EducationCommand.DemandCommand.class, EducationCommand.QualificationsCommand.class})
final class EducationCommand implements Runnable {

    @Mixin
    HelpOption help = new HelpOption();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "demand", description = "Toon hoeveel profielen om elke competentie (per gedragsniveau) en elke"
            + " kwalificatie vragen.")
    static final class DemandCommand implements Callable<Integer> {
        @Mixin
        HelpOption help = new HelpOption();

        @Mixin
        DataOptions data = new DataOptions();

        @Option(names = "--csv", description = "Als CSV (puntkomma-gescheiden, UTF-8), zoals de download op /onderwijs/vraag.")
        boolean csv;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Demand demand;
            String csvText;
            try (var context = Boot.start(data, false, Map.of())) {
                var education = context.getBean(EducationOverview.class);
                demand = education.demand();
                csvText = csv ? education.demandCsv() : "";
            }
            PrintWriter out = spec.commandLine().getOut();
            if (csv) {
                out.print(csvText);
                return Cli.OK;
            }
            var competencies = new Columns();
            competencies.row("Competentie", "A", "B", "C", "D", "zonder niveau", "profielen");
            for (CompetencyDemand c : demand.competencies()) {
                competencies.row(c.competency(), count(c.at(LevelLetter.A)), count(c.at(LevelLetter.B)),
                        count(c.at(LevelLetter.C)), count(c.at(LevelLetter.D)), count(c.withoutLevel()),
                        String.valueOf(c.profiles()));
            }
            competencies.print(out);
            out.println();
            var qualifications = new Columns();
            qualifications.row("Kwalificatie", "niveau", "verrijkte profielen", "normfuncties");
            for (QualificationDemand q : demand.qualifications()) {
                CatalogEntry e = q.qualification();
                qualifications.row(e.name(), e.levelLabel() == null ? "onbekend" : e.levelLabel(),
                        String.valueOf(q.enrichedProfiles()), String.valueOf(q.normFunctions()));
            }
            qualifications.print(out);
            out.println();
            out.println(demand.profileCount() + " profielen geteld (nieuwste versies, vervallen profielen niet).");
            return Cli.OK;
        }

        private static String count(int n) {
            return n == 0 ? "-" : String.valueOf(n);
        }
    }

    @Command(name = "qualifications", description = "Toon de kwalificaties met niveau, kerntaken en de functies waarop"
            + " ze voorbereiden.")
    static final class QualificationsCommand implements Callable<Integer> {
        @Mixin
        HelpOption help = new HelpOption();

        @Mixin
        DataOptions data = new DataOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<QualificationFunctions> qualifications;
            try (var context = Boot.start(data, false, Map.of())) {
                qualifications = context.getBean(EducationOverview.class).qualifications();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (qualifications.isEmpty()) {
                out.println("Het functiehuis kent nog geen kwalificaties.");
                return Cli.OK;
            }
            for (QualificationFunctions q : qualifications) {
                CatalogEntry e = q.qualification();
                String level = e.mboLevel() == null ? "niveau onbekend" : e.levelLabel() + " (" + e.nlqf().label() + ")";
                out.println(e.name() + " — " + level + ", " + e.coreTasks().size() + " kerntaken, "
                        + e.workProcessCount() + " werkprocessen");
                out.println("  bereidt voor op: " + codes(q.preparesFor()));
                if (!q.onLevel().isEmpty()) {
                    out.println("  past op niveau bij: " + codes(q.onLevel()));
                }
            }
            return Cli.OK;
        }

        private static String codes(List<FunctionFit> functions) {
            return functions.isEmpty() ? "-"
                    : functions.stream().map(f -> f.function().code().value()).collect(Collectors.joining(", "));
        }
    }
}
