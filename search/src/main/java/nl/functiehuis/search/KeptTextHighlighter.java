package nl.functiehuis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A highlighter that keeps the text it read of a document, so a profile found again in a later search on the
 * same view of the index is not decompressed from the stored fields again. One lives with each
 * {@link HouseSearcher}, so a change to the index (a new view) starts empty. Keeps at most
 * {@link #MAX_CHARS} characters; beyond that it reads as a plain highlighter does.
 */
final class KeptTextHighlighter extends UnifiedHighlighter {
    static final long MAX_CHARS = 32L * 1024 * 1024;

    private record Key(String fields, int doc) {}

    private final Map<Key, CharSequence[]> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();

    KeptTextHighlighter(Builder builder) {
        super(builder);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        String fieldsKey = String.join("\u0000", fields);
        List<CharSequence[]> values = new ArrayList<>();
        long chars = 0;
        do {
            int doc = docIter.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            CharSequence[] byField = valuesOf(fields, fieldsKey, doc);
            values.add(byField);
            chars += length(byField);
        } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
        return values;
    }

    private CharSequence[] valuesOf(String[] fields, String fieldsKey, int doc) throws IOException {
        Key key = new Key(fieldsKey, doc);
        CharSequence[] known = kept.get(key);
        if (known != null) {
            return known;
        }
        var visitor = new Visitor(fields, getMaxLength());
        searcher.storedFields().document(doc, visitor);
        CharSequence[] read = visitor.values();
        for (int i = 0; i < read.length; i++) {
            read[i] = read[i] == null ? null : read[i].toString();
        }
        long size = length(read);
        if (keptChars.addAndGet(size) > MAX_CHARS || kept.putIfAbsent(key, read) != null) {
            keptChars.addAndGet(-size);
        }
        return read;
    }

    /** Lucene's visitor, ready to read one document (its own reset is not visible here). */
    private static final class Visitor extends LimitedStoredFieldVisitor {
        Visitor(String[] fields, int maxLength) {
            super(fields, MULTIVAL_SEP_CHAR, maxLength);
            values = new CharSequence[fields.length];
            currentField = -1;
        }

        CharSequence[] values() {
            return values;
        }
    }

    private static long length(CharSequence[] values) {
        long n = 0;
        for (CharSequence v : values) {
            n += v == null ? 0 : v.length();
        }
        return n;
    }
}
