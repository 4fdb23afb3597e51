package nl.functiehuis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LightPassageScorerTest {

    @Test
    void scoresEveryPassageExactlyAsLucene() {
        var lucene = new PassageScorer();
        var light = new LightPassageScorer();
        var random = new Random(4);
        String[] words = {"klant", "beleid", "advies", "balie", "medewerker"};
        for (int run = 0; run < 2_000; run++) {
            var passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 1_000);
            int at = start;
            for (int m = random.nextInt(8); m > 0; m--) {
                at += 1 + random.nextInt(40);
                passage.addMatch(at, at + 5, new BytesRef(words[random.nextInt(words.length)]), 1 + random.nextInt(9));
            }
            passage.setEndOffset(at + 5 + random.nextInt(200));
            int contentLength = passage.getEndOffset() + random.nextInt(10_000);

            assertThat(light.score(passage, contentLength)).isEqualTo(lucene.score(passage, contentLength));
        }
    }
}
