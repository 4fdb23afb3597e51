package nl.functiehuis.importer.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Seeded damage to a document: lines deleted, doubled, swapped, cut, tabs, stray HTML and random bytes put in. */
final class Mutations {
    private static final String[] TAGS = {"<p>", "</p>", "<ul>", "<li>", "</li>", "</ul>", "<div>", "<br>", "<pre>",
            "<table>", "<", ">", "&amp;", "<p", "</"};

    private Mutations() {}

    /** The damaged text and what was done to it, for the failure message. */
    record Mutant(byte[] content, List<String> steps) {}

    static Mutant text(byte[] original, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
        List<String> steps = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> steps.add("regel " + (at + 1) + " weg: " + lines.remove(at).length() + " tekens");
                case 1 -> {
                    lines.add(at, lines.get(at));
                    steps.add("regel " + (at + 1) + " dubbel");
                }
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    lines.set(at, lines.set(other, lines.get(at)));
                    steps.add("regels " + (at + 1) + " en " + (other + 1) + " gewisseld");
                }
                case 3 -> {
                    lines.set(at, insert(lines.get(at), "\t".repeat(1 + random.nextInt(3)), random));
                    steps.add("tabs in regel " + (at + 1));
                }
                case 4 -> {
                    lines.set(at, insert(lines.get(at), TAGS[random.nextInt(TAGS.length)], random));
                    steps.add("HTML in regel " + (at + 1));
                }
                default -> {
                    int keep = random.nextInt(lines.size());
                    lines.subList(keep, lines.size()).clear();
                    steps.add("afgekapt na regel " + keep);
                }
            }
        }
        byte[] content = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0) {
            content = bytes(content, random);
            steps.add("willekeurige bytes");
        }
        return new Mutant(content, steps);
    }

    /** A few random bytes overwritten, inserted, or the end cut off. */
    static byte[] bytes(byte[] original, Random random) {
        if (original.length == 0) {
            return original;
        }
        byte[] content = original.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(16); i++) {
                    content[random.nextInt(content.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> {
                int at = random.nextInt(content.length);
                byte[] noise = new byte[1 + random.nextInt(64)];
                random.nextBytes(noise);
                byte[] longer = new byte[content.length + noise.length];
                System.arraycopy(content, 0, longer, 0, at);
                System.arraycopy(noise, 0, longer, at, noise.length);
                System.arraycopy(content, at, longer, at + noise.length, content.length - at);
                content = longer;
            }
            default -> content = Arrays.copyOf(content, random.nextInt(content.length));
        }
        return content;
    }

    private static String insert(String line, String text, Random random) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        return line.substring(0, at) + text + line.substring(at);
    }
}
