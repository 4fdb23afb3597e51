package nl.functiehuis.importer.booklet;

import org.jspecify.annotations.Nullable;

/**
 * A profile code of a booklet, e.g. "N06.01.06/VP II": the norm function's code ("N06.01.06"), the
 * enriched-profile suffix ("VP II") when there is one, and the codes of its group ("N06.01") and
 * series ("N06"), which are its leading parts.
 */
record BookletCode(String written, String base, @Nullable String suffix) {

    static BookletCode of(String written) {
        String t = written.strip().replaceAll("\\s+", " ");
        int slash = t.indexOf('/');
        if (slash < 0) {
            return new BookletCode(t, t, null);
        }
        String suffix = t.substring(slash + 1).strip();
        return new BookletCode(t, t.substring(0, slash).strip(), suffix.isEmpty() ? null : suffix);
    }

    boolean enriched() {
        return suffix != null;
    }

    /** Whether the base has the dotted form of a series/group/function code. */
    boolean dotted() {
        return base.matches("[A-Za-z]{0,3}\\d{1,3}(?:\\.\\d{1,3}){2,3}");
    }

    /** "N06.01" for "N06.01.02": the base without its last part; null when the code has no such form. */
    @Nullable String groupCode() {
        return dotted() ? base.substring(0, base.lastIndexOf('.')) : null;
    }

    /** "N06" for "N06.01.02": the first part of the base. */
    @Nullable String seriesCode() {
        return dotted() ? base.substring(0, base.indexOf('.')) : null;
    }
}
