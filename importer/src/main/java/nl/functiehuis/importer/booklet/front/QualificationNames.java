package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list of qualification names as the NLQF tables write them, without separators between some
 * names ("… openbaar bestuur Medewerker sociale zekerheid …"): a capitalised word after a lower-case word
 * starts a new name, ", uitstroom X" stays with the name before it, and a note after the first full stop
 * ("NB. …") is left out, and so is what follows a fragment that reads as a clause ("Er zijn verder geen …").
 */
final class QualificationNames {
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile(
            "(?i)\\b(zijn|is|geen|kan|kunnen|wordt|worden|niet)\\b");

    private QualificationNames() {}

    static List<String> split(String text) {
        String list = text.split("\\.\\s", 2)[0].replaceAll("\\.$", "").strip();
        List<String> names = new ArrayList<>();
        for (String part : list.split(",\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            String[] words = part.strip().split("\\s+");
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                boolean afterWord = Character.isLowerCase(words[i - Math.min(i, 1)].charAt(0)) && i > 1
                        || words[i - Math.min(i, 1)].matches("\\(\\p{Lu}+\\)");
                boolean starts = i > 0 && Character.isUpperCase(words[i].charAt(0)) && afterWord;
                if (starts) {
                    names.add(name.toString());
                    name.setLength(0);
                }
                name.append(name.isEmpty() ? "" : " ").append(words[i]);
            }
            if (!name.isEmpty()) {
                names.add(name.toString());
            }
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (CLAUSE.matcher(n).find()) {
                break;
            }
            if (!out.isEmpty() && Character.isLowerCase(n.charAt(0))) {
                out.set(out.size() - 1, out.getLast() + ", " + n);
            } else if (!n.isBlank()) {
                out.add(n);
            }
        }
        return out;
    }
}
