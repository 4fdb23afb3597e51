package nl.functiehuis.importer.booklet.front;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.booklet.front.CompetencyMentions.Mention;
import nl.functiehuis.importer.booklet.front.Paragraphs.Para;

/**
 * What a group text says about competencies: the ones it names (in order), the ones it considered and
 * dropped, the ones it limits to some functions, and the behaviour levels it states ("niveau D") for
 * which functions (roman numerals in the sentence, else in the sentences before it).
 */
final class GroupStatements {
    private static final Pattern LEVEL = Pattern.compile("(?i:niveau)\\s+(\\p{Lu})\\b");
    private static final Pattern CONSIDERED = Pattern.compile(
            "(?i)\\b(opnemen|selecteren|overwogen|overwegen|gesproken over|sprake (?:geweest )?van)\\b");
    private static final Pattern DROPPED = Pattern.compile(
            "(?i)(\\bviel\\b.*\\baf\\b|afgevallen|overlap|niet (?:ge)?selecteerd|toch niet|geen deel)");
    private static final Pattern EXTREMES = Pattern.compile("(?i)\\b" + Texts.NUMBER + "\\s+(hoogste|laagste)\\b");

    private final String group;
    private final CompetencyMentions mentions;
    private final Map<Integer, String> functions;
    private final List<String> letters;

    final List<String> stated = new ArrayList<>();
    final List<String> considered = new ArrayList<>();
    final Map<String, List<Integer>> scope = new LinkedHashMap<>();
    final List<StatedLevel> levels = new ArrayList<>();

    GroupStatements(String group, CompetencyMentions mentions, Map<Integer, String> functions, List<String> letters) {
        this.group = group;
        this.mentions = mentions;
        this.functions = functions;
        this.letters = letters.isEmpty() ? List.of("A", "B", "C", "D") : letters;
    }

    GroupStatements read(List<Para> paragraphs) {
        List<String> named = new ArrayList<>();
        for (Para p : paragraphs) {
            List<String> sentences = Texts.sentences(p.text());
            boolean dropped = DROPPED.matcher(p.text()).find();
            for (int k = 0; k < sentences.size(); k++) {
                String s = sentences.get(k);
                List<Mention> found = mentions.in(s);
                found.stream().map(Mention::written).filter(w -> !named.contains(w)).forEach(named::add);
                if (dropped && CONSIDERED.matcher(s).find()) {
                    found.stream().map(Mention::written).filter(w -> !considered.contains(w)).forEach(considered::add);
                }
                Matcher level = LEVEL.matcher(s);
                boolean anyLevel = false;
                while (level.find()) {
                    if (letters.contains(level.group(1))) {
                        anyLevel = true;
                        level(sentences, k, level.start(), level.group(1), p);
                    }
                }
                List<String> distinct = found.stream().map(Mention::written).distinct().toList();
                List<Integer> numerals = numerals(s);
                if (!anyLevel && distinct.size() == 1 && !numerals.isEmpty()) {
                    scope.put(distinct.getFirst(), numerals);
                }
            }
        }
        named.stream().filter(n -> !considered.contains(n)).forEach(stated::add);
        considered.forEach(scope::remove);
        return this;
    }

    private void level(List<String> sentences, int k, int at, String letter, Para p) {
        List<Integer> numerals = List.of();
        for (int j = k; j >= 0 && numerals.isEmpty(); j--) {
            numerals = Texts.romans(sentences.get(j));
        }
        String competency = null;
        List<Mention> here = mentions.in(sentences.get(k));
        for (Mention m : here) {
            if (m.start() < at) {
                competency = m.written();
            }
        }
        if (competency == null && !here.isEmpty()) {
            competency = here.getFirst().written();
        }
        for (int j = k - 1; j >= 0 && competency == null; j--) {
            List<Mention> found = mentions.in(sentences.get(j));
            competency = found.isEmpty() ? null : found.getLast().written();
        }
        if (competency == null) {
            return;
        }
        List<String> names = numerals.stream().map(n -> functions.getOrDefault(n, group + " " + Texts.toRoman(n)))
                .toList();
        levels.add(new StatedLevel(group, names, competency, letter, sentences.get(k), p.at()));
    }

    private List<Integer> numerals(String sentence) {
        List<Integer> romans = Texts.romans(sentence);
        if (!romans.isEmpty()) {
            return romans;
        }
        Matcher m = EXTREMES.matcher(sentence);
        Integer n = m.find() ? Texts.number(m.group(1)) : null;
        if (n == null || functions.isEmpty()) {
            return List.of();
        }
        List<Integer> ordered = functions.keySet().stream().sorted().toList();
        boolean highest = m.group(2).equalsIgnoreCase("hoogste");
        return highest ? ordered.subList(0, Math.min(n, ordered.size()))
                : ordered.subList(Math.max(0, ordered.size() - n), ordered.size());
    }
}
