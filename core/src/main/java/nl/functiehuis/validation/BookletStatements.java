package nl.functiehuis.validation;

import java.util.List;

/** Storage port for what booklets state about their functions' levels (matrix cells, group texts). */
public interface BookletStatements {

    /** Every stored statement, per document in the order it was stored. */
    List<BookletStatement> all();

    /** Replaces all statements of one document (by title) with these; an empty list removes them. */
    void replace(String document, List<BookletStatement> statements);
}
