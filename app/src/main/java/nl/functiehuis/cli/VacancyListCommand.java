package nl.functiehuis.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.vacancy.SavedVacancy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists every vacancy, one a line, id first. */
@Command(name = "list", description = "Toon alle vacatures, nieuwste eerst: id, status, FSK, tarief, titel, organisatie.")
final class VacancyListCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<SavedVacancy> vacancies;
        try (var context = Boot.start(data, false, Map.of())) {
            vacancies = context.getBean(BrowseVacancies.class).list();
        }
        var out = spec.commandLine().getOut();
        if (vacancies.isEmpty()) {
            out.println("Er zijn nog geen vacatures. Maak er een met 'vacancy create --from-profile CODE'"
                    + " of 'vacancy import BESTAND'.");
            return Cli.OK;
        }
        var table = new Columns();
        for (SavedVacancy s : vacancies) {
            var v = s.vacancy();
            table.row(s.id(), v.status().label(), VacancyText.scale(v.terms()), VacancyText.tariff(v.terms()), v.title(),
                    v.organisation() == null ? "" : v.organisation());
        }
        table.print(out);
        return Cli.OK;
    }
}
