package nl.functiehuis.cli;

import java.sql.SQLException;

/** The application context did not start; {@link #database()} tells whether the database was the cause. */
final class StartFailed extends RuntimeException {
    private final String url;
    private final boolean database;

    StartFailed(String url, RuntimeException cause) {
        super(rootMessage(cause), cause);
        this.url = url;
        this.database = isDatabaseProblem(cause, url);
    }

    String url() {
        return url;
    }

    boolean database() {
        return database;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    private static boolean isDatabaseProblem(Throwable e, String url) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || (t.getMessage() != null && t.getMessage().contains(url))) {
                return true;
            }
        }
        return false;
    }
}
