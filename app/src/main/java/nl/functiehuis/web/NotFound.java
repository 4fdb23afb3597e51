package nl.functiehuis.web;

/** Something a page asked for does not exist; shown as the Dutch 404 page. */
final class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }

    static NotFound profile(String code) {
        return new NotFound("Er is geen functieprofiel met code '" + code + "'.");
    }

    static NotFound version(String code, int number) {
        return new NotFound("Profiel " + code + " heeft geen versie " + number + ".");
    }

    static NotFound dictionary(String id) {
        return new NotFound("Er is geen competentiewoordenboek '" + id + "'.");
    }
}
