package nl.functiehuis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The indexed words that start with what is being typed, most frequent first. Searching for these words
 * instead of a prefix query keeps typing cheap: the query and the highlighter see ordinary terms.
 */
final class PrefixTerms {
    static final int MAX_TERMS = 24;
    private static final int MAX_SCAN = 512;

    private final IndexReader reader;

    PrefixTerms(IndexReader reader) {
        this.reader = reader;
    }

    List<BytesRef> startingWith(String field, BytesRef prefix) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return List.of();
            }
            TermsEnum iterator = terms.iterator();
            if (iterator.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                return List.of();
            }
            record Found(BytesRef term, int docs) {}
            var best = new PriorityQueue<Found>(Comparator.comparingInt(Found::docs));
            int scanned = 0;
            for (BytesRef t = iterator.term(); t != null && StringHelper.startsWith(t, prefix) && scanned < MAX_SCAN;
                    t = iterator.next(), scanned++) {
                best.add(new Found(BytesRef.deepCopyOf(t), iterator.docFreq()));
                if (best.size() > MAX_TERMS) {
                    best.poll();
                }
            }
            List<BytesRef> found = new ArrayList<>(best.size());
            best.forEach(f -> found.add(f.term()));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
