package nl.functiehuis.house;

import java.time.Instant;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;

/**
 * A document imported into the house, kept for provenance: its name, SHA-256 of its bytes, the kind
 * of document it was read as, who imported it when, and the import report as JSON. The bytes
 * themselves are stored beside it (see {@link ImportedDocuments#content}).
 */
public record ImportedDocument(
        String id, String name, String sha256, String kind, String title, Instant importedAt, String author,
        long size, String report) {

    public ImportedDocument {
        id = Checks.text(id, "id");
        name = Checks.text(name, "name");
        sha256 = Checks.text(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new InvalidValue("sha256", "is geen SHA-256 in hexadecimale kleine letters");
        }
        kind = Checks.text(kind, "kind");
        title = Checks.text(title, "title");
        Checks.required(importedAt, "importedAt");
        author = Checks.text(author, "author");
        if (size < 0) {
            throw new InvalidValue("size", "kan niet negatief zijn");
        }
        report = Checks.text(report, "report");
    }
}
