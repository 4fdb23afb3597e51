package nl.functiehuis.importer.hiring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Roles a request mentions (words ending in a Dutch role noun, singular) and the organisation it is for. */
final class Mentions {
    private static final Pattern ROLE = Pattern.compile(
            "(?<![\\p{L}])(\\p{Ll}*(?:consulent|medewerker|adviseur|ondersteuner|coördinator|specialist|beheerder|regisseur|behandelaar))(en|s)?(?![\\p{L}])");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?<![\\p{L}])((?:gemeente|provincie|waterschap)\\s+\\p{Lu}[\\p{L}-]*)");
    private static final Pattern CLUSTER = Pattern.compile("(?i)(?<![\\p{L}])cluster\\s+(.+)");
    private static final Set<String> JOINERS = Set.of("en", "&", "van", "de", "het");

    private Mentions() {}

    static List<String> roles(List<String> texts) {
        Set<String> roles = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher m = ROLE.matcher(text);
            while (m.find()) {
                roles.add(m.group(1));
            }
        }
        return List.copyOf(roles);
    }

    static @Nullable String organisation(List<String> texts) {
        for (String text : texts) {
            Matcher m = ORGANISATION.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The full name of a cluster abbreviation ("W&I"): words after "cluster" whose initials spell it ("Werk en inkomen"). */
    static @Nullable String clusterName(String abbreviation, List<String> texts) {
        String letters = abbreviation.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
        for (String text : texts) {
            Matcher m = CLUSTER.matcher(text);
            while (m.find()) {
                String[] words = m.group(1).replaceAll("[.,;:!?)]+(\\s|$)", " ").strip().split("\\s+");
                int matched = 0;
                int end = 0;
                for (int i = 0; i < words.length && matched < letters.length(); i++) {
                    String w = words[i].toLowerCase(java.util.Locale.ROOT);
                    if (!w.isEmpty() && w.charAt(0) == letters.charAt(matched)) {
                        matched++;
                        end = i + 1;
                    } else if (!JOINERS.contains(w)) {
                        break;
                    }
                }
                if (letters.length() > 1 && matched == letters.length()) {
                    return String.join(" ", List.of(words).subList(0, end));
                }
            }
        }
        return null;
    }
}
