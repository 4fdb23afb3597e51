package nl.functiehuis.application;

import java.util.List;
import nl.functiehuis.house.InvalidInput;

/**
 * Imports a hiring-request document for its vacancies only: a document that would also store profiles or
 * reference data is refused, changing nothing (that is what the general import is for).
 */
public final class ImportVacancies {
    private final ImportDocuments documents;

    public ImportVacancies(ImportDocuments documents) {
        this.documents = documents;
    }

    /** The outcome of the import; {@link InvalidInput} naming the document when it holds no vacancy or more than vacancies. */
    public ImportOutcome importDocument(String name, byte[] content, String author) {
        ImportOutcome trial = documents.importDocument(name, content, author, true);
        if (trial.failed()) {
            return trial;
        }
        List<ImportOutcome.Item> others = trial.items().stream()
                .filter(i -> i.type() != ImportOutcome.Type.VACANCY).toList();
        if (trial.items().isEmpty() || !others.isEmpty()) {
            String kind = trial.kindLabel() == null ? "onbekend soort document" : trial.kindLabel();
            throw new InvalidInput(name, "is geen inhuuropdracht met vacatures (" + kind + ", " + others.size()
                    + " andere onderdelen); importeer het met 'import' in plaats van 'vacancy import'");
        }
        return documents.importDocument(name, content, author, false);
    }
}
