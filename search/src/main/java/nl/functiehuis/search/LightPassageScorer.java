package nl.functiehuis.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, computed without the hash of terms Lucene builds for every passage (it allocates a
 * 32 KB block each time): a passage has a handful of matches, so the distinct terms are found by looking back.
 * Same terms in the same order, same sums, so the same score.
 */
final class LightPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            BytesRef term = passage.getMatchTerms()[i];
            int index = indexOf(terms, distinct, term);
            if (index < 0) {
                index = distinct++;
                terms[index] = term;
                inDoc[index] = passage.getMatchTermFreqsInDoc()[i];
            }
            inPassage[index]++;
        }
        double score = 0;
        for (int i = 0; i < distinct; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    private static int indexOf(BytesRef[] terms, int count, BytesRef term) {
        for (int i = 0; i < count; i++) {
            if (terms[i].bytesEquals(term)) {
                return i;
            }
        }
        return -1;
    }
}
