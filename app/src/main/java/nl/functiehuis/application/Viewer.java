package nl.functiehuis.application;

import org.jspecify.annotations.Nullable;

/**
 * Who asks: a signed-in user, nobody (an open page), or the local operator of the command line, who may see
 * and do everything and acts under the name given.
 */
public record Viewer(@Nullable String user, boolean operator) {

    public static Viewer anonymous() {
        return new Viewer(null, false);
    }

    public static Viewer user(@Nullable String name) {
        return new Viewer(name == null || name.isBlank() ? null : name, false);
    }

    public static Viewer operator(String name) {
        return new Viewer(name, true);
    }

    /** The name to record as actor; "anoniem" when nobody is signed in. */
    public String name() {
        return user == null ? "anoniem" : user;
    }
}
