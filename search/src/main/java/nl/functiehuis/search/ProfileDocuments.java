package nl.functiehuis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ProfileKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.jspecify.annotations.Nullable;

/** Converts an indexed profile to a Lucene document and back from its stored fields. */
final class ProfileDocuments {
    private final FacetsConfig facets;

    ProfileDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    Document toDocument(IndexedProfile p) {
        var doc = new Document();
        doc.add(new StringField(Fields.ID, p.slug(), Field.Store.YES));
        doc.add(new StoredField(Fields.CODE, p.code()));
        for (String code : p.codes()) {
            doc.add(new StoredField(Fields.CODES, code));
            doc.add(new StringField(Fields.CODE_KEY, ProfileCode.slugOf(code), Field.Store.NO));
        }
        doc.add(new Field(Fields.TITLE, p.title(), Fields.TEXT_TYPE));
        if (p.subtitle() != null) {
            doc.add(new Field(Fields.SUBTITLE, p.subtitle(), Fields.TEXT_TYPE));
        }
        doc.add(Shown.field(p));
        doc.add(new StoredField(Fields.KIND, p.kind().name()));
        doc.add(new StoredField(Fields.STATUS, p.status().name()));
        stored(doc, Fields.SERIES, p.series());
        stored(doc, Fields.GROUP, p.group());
        p.scales().forEach(s -> doc.add(new StoredField(Fields.SCALE, s)));
        p.competencies().forEach(c -> doc.add(new Field(Fields.COMPETENCY, c, Fields.TEXT_TYPE)));
        p.levels().forEach(l -> doc.add(new StoredField(Fields.LEVEL, l)));
        p.qualifications().forEach(q -> doc.add(new Field(Fields.QUALIFICATION, q, Fields.TEXT_TYPE)));
        p.texts().forEach(t -> doc.add(new Field(Fields.TEXT, t, Fields.TEXT_TYPE)));
        BiConsumer<Facet, String> facet = (f, value) -> doc.add(new SortedSetDocValuesFacetField(Fields.dimension(f), value));
        facet.accept(Facet.KIND, p.kind().label());
        facet.accept(Facet.STATUS, p.status().label());
        if (p.series() != null) {
            facet.accept(Facet.SERIES, p.series());
        }
        if (p.group() != null) {
            facet.accept(Facet.GROUP, p.group());
        }
        p.scales().forEach(s -> facet.accept(Facet.SCALE, String.valueOf(s)));
        p.competencies().forEach(c -> facet.accept(Facet.COMPETENCY, c));
        p.levels().forEach(l -> facet.accept(Facet.LEVEL, l));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndexedProfile fromStored(Document d) {
        return new IndexedProfile(d.get(Fields.ID), d.get(Fields.CODE), values(d, Fields.CODES), d.get(Fields.TITLE),
                d.get(Fields.SUBTITLE), ProfileKind.valueOf(d.get(Fields.KIND)), VersionStatus.valueOf(d.get(Fields.STATUS)),
                d.get(Fields.SERIES), d.get(Fields.GROUP),
                Arrays.stream(d.getFields(Fields.SCALE)).map(f -> f.numericValue().intValue()).toList(),
                values(d, Fields.COMPETENCY), values(d, Fields.LEVEL), values(d, Fields.QUALIFICATION),
                values(d, Fields.TEXT));
    }

    private static List<String> values(Document d, String field) {
        return Arrays.stream(d.getFields(field)).map(IndexableField::stringValue).toList();
    }

    private static void stored(Document doc, String field, @Nullable String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}
