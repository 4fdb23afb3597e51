package nl.functiehuis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Searches the profile index: the best hits with highlighted title and snippet, the total, and facet
 * counts. Thread-safe; every search runs on the latest view of the index.
 */
public final class ProfileSearch {
    private static final String[] HIGHLIGHTED = {Fields.TITLE, Fields.TEXT};
    private static final int[] PASSAGES = {1, 2};

    private final ReferenceManager<IndexSearcher> searchers;
    private final FacetsConfig config;
    private final UserQuery queries;

    ProfileSearch(ReferenceManager<IndexSearcher> searchers, FacetsConfig config, UserQuery queries) {
        this.searchers = searchers;
        this.config = config;
        this.queries = queries;
    }

    public SearchResults search(SearchRequest request) {
        try {
            IndexSearcher acquired = searchers.acquire();
            try {
                return search((HouseSearcher) acquired, request);
            } finally {
                searchers.release(acquired);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Zoeken in de index mislukte", e);
        }
    }

    private SearchResults search(HouseSearcher searcher, SearchRequest request) throws IOException {
        if (searcher.facetState() == null) {
            return SearchResults.none();
        }
        Query base = queries.parse(request.text(), request.typing(), new PrefixTerms(searcher.getIndexReader()));
        var drill = new DrillDownQuery(config, base);
        request.filters().forEach((facet, values) -> values.forEach(v -> drill.add(Fields.dimension(facet), v)));
        DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, config, searcher.facetState())
                .search(drill, request.limit());
        List<SearchHit> hits = hits(searcher, base, result.hits);
        var facets = FacetReading.read(result.facets, searcher, request);
        return new SearchResults(Math.toIntExact(result.hits.totalHits.value()), hits, facets);
    }

    private static List<SearchHit> hits(HouseSearcher searcher, Query query, TopDocs top) throws IOException {
        Map<String, String[]> highlights = top.scoreDocs.length == 0 ? Map.of()
                : searcher.highlighter().highlightFields(HIGHLIGHTED, query, top, PASSAGES);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Shown shown = Shown.read(searcher.getIndexReader(), sd.doc);
            String titleHtml = highlight(highlights, Fields.TITLE, i);
            hits.add(new SearchHit(shown.code(), shown.title(), shown.subtitle(), shown.kind(), shown.status(), sd.score,
                    titleHtml.isEmpty() ? Html.escape(shown.title()) : titleHtml, highlight(highlights, Fields.TEXT, i)));
        }
        return hits;
    }

    private static String highlight(Map<String, String[]> highlights, String field, int i) {
        String[] values = highlights.get(field);
        return values == null || values[i] == null ? "" : values[i];
    }
}
