package nl.functiehuis.house;

import java.util.Arrays;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;

/**
 * An imported document as the export carries it: the record kept for provenance and the original bytes.
 * The bytes must be as long as the record says; that they hash to its SHA-256 is checked on load.
 */
public record ArchivedDocument(ImportedDocument document, byte[] content) {

    public ArchivedDocument {
        Checks.required(document, "document");
        Checks.required(content, "content");
        if (content.length != document.size()) {
            throw new InvalidValue("content", "is " + content.length + " bytes lang, het document " + document.size());
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArchivedDocument a && document.equals(a.document) && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return 31 * document.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ArchivedDocument[" + document.name() + ", " + content.length + " bytes]";
    }
}
