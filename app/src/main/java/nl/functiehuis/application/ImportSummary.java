package nl.functiehuis.application;

import java.util.List;

/** The outcomes of importing several documents, each imported on its own, with how many ended how. */
public record ImportSummary(boolean dryRun, int imported, int unchanged, int failed, List<ImportOutcome> documents) {

    public ImportSummary {
        documents = List.copyOf(documents);
    }

    public static ImportSummary of(boolean dryRun, List<ImportOutcome> documents) {
        return new ImportSummary(dryRun, count(documents, ImportOutcome.Status.IMPORTED),
                count(documents, ImportOutcome.Status.UNCHANGED), count(documents, ImportOutcome.Status.FAILED), documents);
    }

    public boolean anyFailed() {
        return failed > 0;
    }

    private static int count(List<ImportOutcome> documents, ImportOutcome.Status status) {
        return (int) documents.stream().filter(d -> d.status() == status).count();
    }
}
