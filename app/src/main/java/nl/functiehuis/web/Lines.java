package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.Problem;
import nl.functiehuis.profile.Topic;

/** Text areas of the edit form: one item a line, blank lines ignored; topics as "Naam: omschrijving". */
final class Lines {
    private Lines() {}

    static List<String> of(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static List<Topic> topics(String text, String field, List<Problem> problems) {
        List<Topic> topics = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon < 0 ? line : line.substring(0, colon);
            String description = colon < 0 ? null : line.substring(colon + 1);
            try {
                topics.add(new Topic(name, description));
            } catch (InvalidValue e) {
                problems.add(new Problem(field, "regel " + (i + 1) + ": de naam vóór de dubbele punt ontbreekt"));
            }
        }
        return topics;
    }
}
