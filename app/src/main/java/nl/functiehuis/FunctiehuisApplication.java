package nl.functiehuis;

import nl.functiehuis.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application: the CLI is the entry point; {@code serve} starts the web app. */
@SpringBootApplication
public class FunctiehuisApplication {

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
