package nl.functiehuis.importer.hiring;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Block;
import nl.functiehuis.importer.hiring.HiringRequestFacts.Department;
import nl.functiehuis.importer.text.Inconsistency;
import nl.functiehuis.importer.text.NameVariants;
import org.jspecify.annotations.Nullable;

/**
 * Reads the department section: the name after "afdeling" (its capitalised words), its legal task
 * ("X is een wettelijke taak") and goal ("Doel van de afdeling … is …"), and the name written in other capitals.
 */
final class DepartmentReading {
    static final String KEYWORD = "afdeling";
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}])[Aa]fdeling\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)");
    private static final Pattern TASK = Pattern.compile("(?:^|\\.\\s+)(\\p{Lu}[\\p{L}-]+) is een (?:wettelijke\\s+)?taak");
    private static final Pattern GOAL = Pattern.compile("(?i)doel van de afdeling\\b.*?\\bis\\s+(.+?)(?:\\.\\s|\\.?$)");

    private DepartmentReading() {}

    record Read(@Nullable Department department, Optional<Inconsistency> variants) {}

    static Read read(List<Block> section, List<Block> document) {
        String text = String.join(" ", section.stream().map(Block::text).toList());
        Matcher name = NAME.matcher(text);
        if (!name.find()) {
            return new Read(null, Optional.empty());
        }
        String department = name.group(1);
        Optional<Inconsistency> variants = NameVariants.caseVariants(KEYWORD, department, document);
        String variant = variants.flatMap(v -> v.readings().stream().map(r -> r.text().replaceFirst("(?i)^" + KEYWORD + "\\s+", ""))
                .filter(n -> !n.equals(department)).findFirst()).orElse(null);
        return new Read(new Department(department, variant, first(TASK, text), first(GOAL, text)), variants);
    }

    private static @Nullable String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}
