package nl.functiehuis.publish;

/** A booklet would hold more profiles than one PDF is typeset with; the reader is asked to choose a part. */
public final class BookletTooLarge extends RuntimeException {

    BookletTooLarge(int profiles, int maximum) {
        super("Het boekje zou " + profiles + " profielen bevatten; één boekje bevat er hoogstens " + maximum
                + ". Kies een functiereeks, functiegroep of functiefamilie.");
    }
}
