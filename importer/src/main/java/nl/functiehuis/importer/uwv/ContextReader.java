package nl.functiehuis.importer.uwv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.text.Enumerations;
import nl.functiehuis.importer.uwv.ContextFacts.FocusAreaFacts;
import org.jspecify.annotations.Nullable;

/**
 * Reads the context section's running text by the Dutch phrases such profiles use: "contacten met …",
 * "andere afdelingen, waaronder …", "als werkzaamheden: …", "in het aandachtsgebied X", "aanvullende taak …".
 */
final class ContextReader {
    private static final String UNTIL_FULL_STOP = "(.+?)(?:\\.\\s|\\.?$)";
    private static final Pattern CONTACTS = Pattern.compile("contacten (?:met|zoals)\\s*(?:onder andere:?\\s*)?" + UNTIL_FULL_STOP);
    private static final Pattern DEPARTMENTS = Pattern.compile("afdelingen,?\\s*waaronder\\s+" + UNTIL_FULL_STOP);
    private static final Pattern TASKS = Pattern.compile("als werkzaamheden:\\s*" + UNTIL_FULL_STOP);
    private static final Pattern DEPARTMENT_FOCUS = Pattern.compile("(?<!in het )aandachtsgebied(?:en)?\\s+(\\p{L}+)");
    private static final Pattern FOCUS = Pattern.compile("in het aandachtsgebied\\s+(\\p{L}+)");
    private static final Pattern EXTRA_TASK = Pattern.compile("aanvullende taak\\s+" + UNTIL_FULL_STOP);
    private static final Pattern SUPERVISED = Pattern.compile("begeleid door\\s+(?:de\\s+)?" + UNTIL_FULL_STOP);
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}-]*(?:\\s+(?:en\\s+|&\\s+)?\\p{Lu}[\\p{L}-]*)*");

    private ContextReader() {}

    static ContextFacts read(Block heading, List<Block> body) {
        List<String> focusOfDepartment = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        Map<String, List<Block>> focus = new LinkedHashMap<>();
        for (Block block : body) {
            String text = block.text();
            Matcher area = FOCUS.matcher(text);
            if (area.find()) {
                focus.computeIfAbsent(area.group(1), k -> new ArrayList<>()).add(block);
                continue;
            }
            all(DEPARTMENT_FOCUS, text).forEach(focusOfDepartment::add);
            first(TASKS, text).ifPresent(list -> tasks.addAll(Enumerations.split(list)));
            if (contacts.isEmpty()) {
                first(CONTACTS, text).ifPresent(list -> contacts.addAll(Enumerations.split(list)));
            }
            first(DEPARTMENTS, text).ifPresent(list -> Enumerations.split(list).stream()
                    .map(ContextReader::name).flatMap(Optional::stream).forEach(departments::add));
        }
        List<FocusAreaFacts> areas = new ArrayList<>();
        focus.forEach((name, blocks) -> areas.add(focusArea(name, blocks)));
        return new ContextFacts(heading.text().strip(), heading.at(), ItemList.read(body), focusOfDepartment, tasks,
                contacts, departments, areas);
    }

    private static FocusAreaFacts focusArea(String name, List<Block> blocks) {
        String text = String.join(" ", blocks.stream().map(Block::text).toList());
        List<String> contacts = first(CONTACTS, text).map(Enumerations::split).orElse(List.of());
        return new FocusAreaFacts(name, blocks.get(0).at(), first(EXTRA_TASK, text).orElse(null), contacts,
                first(SUPERVISED, text).orElse(null), text);
    }

    /** The capitalised name a list item starts with: "Handhaving" of "Handhaving op het gebied van …". */
    private static Optional<String> name(String item) {
        Matcher m = NAME.matcher(item.strip());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static @Nullable String text(List<Block> body) {
        List<String> lines = body.stream().map(b -> (b.isBulleted() ? b.bullet() + " " : "") + b.text()).toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
