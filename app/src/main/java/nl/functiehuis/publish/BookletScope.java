package nl.functiehuis.publish;

import nl.functiehuis.profile.ProfileCode;

/** Which part of the house a booklet holds: all of it, a series, a group or a levelled family. */
public sealed interface BookletScope {

    /** The file name of the booklet's PDF, e.g. "boekje-N06.pdf". */
    default String fileName() {
        String part = switch (this) {
            case House h -> "";
            case Series s -> s.code();
            case Group g -> g.code();
            case Family f -> f.code();
        };
        return part.isEmpty() ? "boekje-functiehuis.pdf" : "boekje-" + ProfileCode.slugOf(part) + ".pdf";
    }

    record House() implements BookletScope {}

    record Series(String code) implements BookletScope {}

    record Group(String code) implements BookletScope {}

    /** A levelled family, by its code or one of its level codes. */
    record Family(String code) implements BookletScope {}
}
