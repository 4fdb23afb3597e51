package nl.functiehuis.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/** Emits each word, then its compound parts at the same position and offsets. */
final class CompoundFilter extends TokenFilter {
    private final CompoundSplitter splitter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private @Nullable State word;

    CompoundFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty() && word != null) {
            restoreState(word);
            term.setEmpty().append(pending.poll());
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= CompoundSplitter.MIN_WORD) {
            pending.addAll(splitter.split(term.toString()));
            word = pending.isEmpty() ? null : captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }
}
