package nl.functiehuis.importer;

import java.util.List;
import nl.functiehuis.importer.booklet.BookletGenre;
import nl.functiehuis.importer.generic.GenericGenre;
import nl.functiehuis.importer.hiring.HiringRequestGenre;
import nl.functiehuis.importer.levelled.LevelledProfileGenre;
import nl.functiehuis.importer.uwv.OrganisationProfileGenre;

/** The genres the importer knows, and the fallback for documents none of them claims. */
public final class Genres {
    private Genres() {}

    public static List<Genre> recognised() {
        return List.of(new BookletGenre(), new OrganisationProfileGenre(), new LevelledProfileGenre(), new HiringRequestGenre());
    }

    public static Genre fallback() {
        return new GenericGenre();
    }
}
