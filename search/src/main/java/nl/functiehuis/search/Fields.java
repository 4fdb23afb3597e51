package nl.functiehuis.search;

import java.util.Map;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** The fields of a profile document, how text fields are indexed, and how facets are configured. */
final class Fields {
    static final String ID = "id";
    static final String CODE = "code";
    static final String CODES = "codes";
    static final String CODE_KEY = "codekey";
    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String SERIES = "series";
    static final String GROUP = "group";
    static final String SCALE = "scale";
    static final String COMPETENCY = "competency";
    static final String LEVEL = "level";
    static final String QUALIFICATION = "qualification";
    static final String TEXT = "text";

    /** Text fields a query searches, with their weight. */
    static final Map<String, Float> SEARCHED = Map.of(
            TITLE, 4f, SUBTITLE, 3f, COMPETENCY, 2.5f, QUALIFICATION, 2f, TEXT, 1f);

    /** Stored and analysed, with offsets in the postings so highlighting needs no second analysis. */
    static final FieldType TEXT_TYPE = textType();

    private Fields() {}

    static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(dimension(facet), true);
        }
        return config;
    }

    static String dimension(Facet facet) {
        return facet.key();
    }

    private static FieldType textType() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
