package nl.functiehuis.profile;

import java.util.List;
import nl.functiehuis.Checks;

/** A section of a document kept as written: its heading and its paragraphs or items. */
public record Section(String heading, List<String> paragraphs) {
    public Section {
        heading = Checks.text(heading, "heading");
        paragraphs = Checks.texts(paragraphs, "paragraphs");
    }
}
