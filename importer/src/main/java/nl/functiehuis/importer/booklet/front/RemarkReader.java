package nl.functiehuis.importer.booklet.front;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.booklet.front.Paragraphs.Para;

/**
 * A remark under an NLQF table: a paragraph naming a function and suggesting an education with a level in
 * brackets. The suggestion runs from the article before it to the last capitalised word after the bracket
 * ("een Associate degree (NLQF 5) AD Bestuurskunde hier …").
 */
final class RemarkReader {
    private static final Pattern LEVEL = Pattern.compile("\\((?:NLQF\\s*)?\\d\\)");

    private RemarkReader() {}

    static Optional<Remark> read(Para p, List<String> functions) {
        String text = p.text();
        Matcher level = LEVEL.matcher(text);
        if (!level.find()) {
            return Optional.empty();
        }
        String function = functions.stream().sorted(Comparator.comparingInt(f -> -f.length()))
                .filter(f -> Pattern.compile("(?iu)(^|\\P{L})" + Pattern.quote(f) + "($|\\P{L})").matcher(text).find())
                .findFirst().orElse(null);
        if (function == null) {
            return Optional.empty();
        }
        String before = text.substring(0, level.start());
        int start = Math.max(before.lastIndexOf(" een "), Math.max(before.lastIndexOf(" de "), before.lastIndexOf(" het ")));
        start = start < 0 ? 0 : before.indexOf(' ', start + 1) + 1;
        StringBuilder suggestion = new StringBuilder(text.substring(start, level.end()));
        String[] after = text.substring(level.end()).strip().split("\\s+");
        for (String word : after) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                break;
            }
            suggestion.append(' ').append(word.replaceAll("[.,;:'\"]+$", ""));
            if (word.matches(".*[.,;:'\"]$")) {
                break;
            }
        }
        return Optional.of(new Remark(function, suggestion.toString().strip(), text, p.at()));
    }
}
