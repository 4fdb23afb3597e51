package nl.functiehuis.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch analysis of the index: DutchAnalyzer's chain (standard tokens, lower case, Dutch stop words,
 * Snowball Dutch stemmer) with accents folded (cliënt = client) and, when indexing, compounds split
 * into their parts before stemming. Queries are not split: "medewerker" finds the part of
 * "beleidsmedewerker", while "beleidsmedewerker" still asks for the whole word.
 */
final class DutchAnalysis extends Analyzer {
    private static final int POSITION_GAP = 100;

    private final @Nullable WordParts parts;

    private DutchAnalysis(@Nullable WordParts parts) {
        this.parts = parts;
    }

    /** For documents: splits compounds into the given parts. */
    static Analyzer indexing(WordParts parts) {
        return new DutchAnalysis(parts);
    }

    /** For what a user types. */
    static Analyzer querying() {
        return new DutchAnalysis(null);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
        if (parts != null) {
            stream = new CompoundFilter(stream, new CompoundSplitter(parts));
        }
        stream = new SnowballFilter(stream, new DutchStemmer());
        if (parts != null) {
            stream = new RemoveDuplicatesTokenFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }
}
