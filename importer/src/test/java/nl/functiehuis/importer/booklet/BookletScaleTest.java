package nl.functiehuis.importer.booklet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A large booklet (many profiles, very long lines without punctuation, long runs of spaces and digits)
 * is read in one pass: the reader has no step that grows faster than its input.
 */
class BookletScaleTest {
    private static final int COPIES = 100;

    @Test
    void readsALargeBookletWithHostileLines() {
        String own = new String(OwnBooklet.bytes(), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < COPIES; i++) {
            String serial = String.format("%02d", i % 100);
            text.append(own.replace("N09.01.02", "N09.01." + (i + 10)).replace("N09.02.04", "N09.02." + (i + 10)))
                    .append("\n1. Lang: ").append("woord ".repeat(5_000)).append("\n")
                    .append(" ".repeat(3_000)).append("1").append(" ".repeat(3_000)).append("x\n")
                    .append("Niveau ").append("(".repeat(5_000)).append("\n")
                    .append("- ").append("1.".repeat(5_000)).append(serial).append("\n");
        }
        ParsedDocument parsed = OwnBooklet.parse(text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.draft().profiles()).hasSize(3 * COPIES);
        assertThat(parsed.draft().profiles()).map(DraftProfile::profile).allSatisfy(p -> assertThat(p.title()).isNotBlank());
    }
}
