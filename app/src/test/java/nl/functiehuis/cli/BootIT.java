package nl.functiehuis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import nl.functiehuis.application.BrowseHouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

class BootIT {

    @Test
    void startsWithoutWebServerForCommandsThatDoNotServe(@TempDir Path tmp) {
        var data = new DataOptions();
        data.data = tmp;

        try (var context = Boot.start(data, false, Map.of())) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBean(BrowseHouse.class).list()).isEmpty();
        }
    }
}
