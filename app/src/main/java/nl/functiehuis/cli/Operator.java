package nl.functiehuis.cli;

import nl.functiehuis.application.Viewer;

/**
 * The command line runs as the local operator: it sees candidates' personal data and may add them, acting
 * under the login name ($USER, else "cli"), as whoever can open the database can read it anyway.
 */
final class Operator {
    private Operator() {}

    static Viewer viewer() {
        String user = System.getenv("USER");
        return Viewer.operator(user == null || user.isBlank() ? "cli" : user);
    }
}
