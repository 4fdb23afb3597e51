package nl.functiehuis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.functiehuis.house.VersionStatus;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Reads the counts of every facet from a search: most frequent first, except scales (by number) and
 * statuses (in their order); values filtered on are always listed, with 0 when nothing has them.
 */
final class FacetReading {
    static final int MAX_VALUES = 100;

    private FacetReading() {}

    static Map<Facet, List<FacetCount>> read(Facets facets, HouseSearcher searcher, SearchRequest request)
            throws IOException {
        Map<Facet, List<FacetCount>> result = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> selected = request.filter(facet);
            List<FacetCount> counts = new ArrayList<>();
            String dimension = Fields.dimension(facet);
            FacetResult top = searcher.hasDimension(dimension) ? facets.getTopChildren(MAX_VALUES, dimension) : null;
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    counts.add(new FacetCount(lv.label, lv.value.intValue(), selected.contains(lv.label)));
                }
            }
            for (String value : selected) {
                if (counts.stream().noneMatch(c -> c.value().equals(value))) {
                    counts.add(new FacetCount(value, 0, true));
                }
            }
            counts.sort(order(facet));
            if (!counts.isEmpty()) {
                result.put(facet, List.copyOf(counts));
            }
        }
        return result;
    }

    private static Comparator<FacetCount> order(Facet facet) {
        return switch (facet) {
            case SCALE -> Comparator.comparingInt(c -> number(c.value()));
            case STATUS -> Comparator.comparingInt(c -> statusOrder(c.value()));
            default -> Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value);
        };
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static int statusOrder(String label) {
        for (VersionStatus s : VersionStatus.values()) {
            if (s.label().equals(label)) {
                return s.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
