package nl.functiehuis.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The word parts compounds are split into: the list we ship ({@code word-parts.txt}, never split
 * themselves) plus the words of four letters or more of the house's titles, competency and qualification
 * names. Grows copy-on-write, so a reader always sees a complete set.
 */
final class WordParts {
    static final int MIN_HOUSE_WORD = 4;

    private final CharArraySet shipped;
    private volatile CharArraySet all;

    private WordParts(CharArraySet shipped) {
        this.shipped = CharArraySet.unmodifiableSet(shipped);
        this.all = CharArraySet.unmodifiableSet(CharArraySet.copy(shipped));
    }

    /** The shipped list only. */
    static WordParts shipped() {
        return new WordParts(new CharArraySet(readList(), false));
    }

    /** Adds the words of these texts; returns whether any word was new. */
    boolean addWordsOf(Collection<String> texts) {
        List<String> fresh = new ArrayList<>();
        CharArraySet current = all;
        for (String text : texts) {
            for (String word : normalise(text).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= MIN_HOUSE_WORD && !current.contains(word)) {
                    fresh.add(word);
                }
            }
        }
        if (fresh.isEmpty()) {
            return false;
        }
        CharArraySet grown = CharArraySet.copy(current);
        grown.addAll(fresh);
        all = CharArraySet.unmodifiableSet(grown);
        return true;
    }

    boolean contains(char[] word, int offset, int length) {
        return all.contains(word, offset, length);
    }

    /** Whether the word is one of the shipped parts, which are never split. */
    boolean isShipped(char[] word, int offset, int length) {
        return shipped.contains(word, offset, length);
    }

    int size() {
        return all.size();
    }

    /** Lower case without accents, as the analyzers see words. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> readList() {
        List<String> words = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(WordParts.class.getResourceAsStream("word-parts.txt"),
                "word-parts.txt is missing from the search module");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(normalise(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
