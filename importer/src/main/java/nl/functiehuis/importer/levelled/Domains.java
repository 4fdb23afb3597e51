package nl.functiehuis.importer.levelled;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Competency domain labels as written: "Domein 2: Ondernemen" → code "2", name "Ondernemen". */
final class Domains {
    private static final Pattern LABEL =
            Pattern.compile("^(?i:domein|domain|cluster)\\s*(\\d{1,2})\\s*[:.)–-]?\\s*(.*)$");

    private Domains() {}

    static Optional<DomainLabel> label(String text) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(2).strip();
        return Optional.of(new DomainLabel(text.strip(), m.group(1), name.isEmpty() ? text.strip() : name));
    }
}
