package nl.functiehuis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Vacancies: create from a profile, import a hiring request, list and show. */
@Command(name = "vacancy", description = "Vacatures: maken uit een profiel, een inhuuropdracht importeren, tonen.",
        subcommands = {VacancyCreateCommand.class, VacancyImportCommand.class, VacancyListCommand.class,
                VacancyShowCommand.class})
final class VacancyCommand implements Runnable {

    @Mixin
    HelpOption help = new HelpOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String author() {
        String user = System.getenv("USER");
        return user == null || user.isBlank() ? "cli" : user;
    }
}
