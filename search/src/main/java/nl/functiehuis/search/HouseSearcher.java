package nl.functiehuis.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * A searcher over one point-in-time view of the index, with what every query on it reuses: the facet
 * ordinals (null while no document has facets) and the highlighter.
 */
final class HouseSearcher extends IndexSearcher {
    private final @Nullable SortedSetDocValuesReaderState facetState;
    private final Set<String> dimensions;
    private final UnifiedHighlighter highlighter;

    private HouseSearcher(IndexReader reader, FacetsConfig config, Analyzer analyzer) throws IOException {
        super(reader);
        boolean hasFacets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        this.facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
        this.dimensions = new HashSet<>();
        if (facetState != null) {
            facetState.getDims().forEach(dimensions::add);
        }
        this.highlighter = new KeptTextHighlighter(UnifiedHighlighter.builder(this, analyzer)
                .withFormatter(new MarkedPassages())
                .withScorer(new LightPassageScorer())
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("nl")))
                .withMaxNoHighlightPassages(1)
                .withWeightMatches(false)
                .withPassageRelevancyOverSpeed(false)
                .withMaxLength(20_000));
    }

    @Nullable SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    boolean hasDimension(String dimension) {
        return dimensions.contains(dimension);
    }

    UnifiedHighlighter highlighter() {
        return highlighter;
    }

    /** Makes a house searcher for every view of the index the searcher manager opens. */
    static SearcherFactory factory(FacetsConfig config, Analyzer analyzer) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) throws IOException {
                return new HouseSearcher(reader, config, analyzer);
            }
        };
    }
}
