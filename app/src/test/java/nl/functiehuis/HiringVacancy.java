package nl.functiehuis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.ImportOutcome;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.Vacancies;
import java.util.UUID;

/** The Rotterdam hiring request (seed 003) imported as a vacancy by "adviseur", who is then its team. */
public final class HiringVacancy {
    public static final String AUTHOR = "adviseur";

    private HiringVacancy() {}

    /**
     * A vacancy of its own for one test: the request imported (or found, when imported before) and stored
     * again under a new id, with "adviseur" as author.
     */
    public static String fresh(ImportDocuments importer, Vacancies vacancies) {
        var imported = vacancies.find(imported(importer)).orElseThrow();
        String id = UUID.randomUUID().toString();
        vacancies.save(new SavedVacancy(id, imported.vacancy(), null, AUTHOR, imported.createdAt()));
        return id;
    }

    /** Imports the request and returns the vacancy's id. */
    public static String imported(ImportDocuments importer) {
        try {
            byte[] content = Files.readAllBytes(SharedSeeds.seed(SharedSeeds.HIRING));
            var outcome = importer.importDocument(SharedSeeds.fileName(SharedSeeds.HIRING), content, AUTHOR, false);
            return outcome.items().stream().filter(i -> i.type() == ImportOutcome.Type.VACANCY).findFirst()
                    .orElseThrow(() -> new AssertionError("geen vacature uit 003 gelezen: " + outcome)).key();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
