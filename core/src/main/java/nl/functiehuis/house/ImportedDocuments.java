package nl.functiehuis.house;

import java.util.List;
import java.util.Optional;

/** Storage port for imported documents: each distinct content (by SHA-256) is kept once, with its bytes. */
public interface ImportedDocuments {

    /** Stores a document and its bytes; a document with the same SHA-256 must not be stored yet. */
    void save(ImportedDocument document, byte[] content);

    Optional<ImportedDocument> withSha256(String sha256);

    Optional<ImportedDocument> find(String id);

    /** The original bytes of a stored document. */
    Optional<byte[]> content(String id);

    /** Every imported document, most recent first. */
    List<ImportedDocument> list();
}
