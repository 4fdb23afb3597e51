package nl.functiehuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IndexLocationTest {

    @Test
    void putsTheIndexBesideTheEmbeddedDatabase() {
        assertThat(IndexLocation.of("", "jdbc:h2:file:/srv/fh/functiehuis;AUTO_SERVER=TRUE")).isEqualTo(Path.of("/srv/fh/index"));
        assertThat(IndexLocation.of(null, "jdbc:h2:/srv/fh/functiehuis")).isEqualTo(Path.of("/srv/fh/index"));
    }

    @Test
    void keepsTheIndexInMemoryForAnInMemoryDatabase() {
        assertThat(IndexLocation.of("", "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isNull();
    }

    @Test
    void usesDataIndexForAnyOtherDatabase() {
        assertThat(IndexLocation.of(" ", "jdbc:postgresql://localhost/functiehuis")).isEqualTo(Path.of("data", "index"));
    }

    @Test
    void prefersTheConfiguredDirectoryOrMemory() {
        assertThat(IndexLocation.of("/var/lib/fh-index", "jdbc:postgresql://db/fh")).isEqualTo(Path.of("/var/lib/fh-index"));
        assertThat(IndexLocation.of("memory", "jdbc:h2:file:/srv/fh/functiehuis")).isNull();
    }
}
