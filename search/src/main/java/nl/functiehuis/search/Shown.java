package nl.functiehuis.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.ProfileKind;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * What a hit shows besides its highlights — code, title, subtitle, kind, status — kept as one doc value
 * per profile, so listing hits reads a few bytes instead of decompressing the stored text.
 */
record Shown(String code, String title, @Nullable String subtitle, ProfileKind kind, VersionStatus status) {
    static final String FIELD = "shown";
    private static final String SEPARATOR = "\u001f";

    static BinaryDocValuesField field(IndexedProfile p) {
        String value = String.join(SEPARATOR, p.code(), p.title(), p.subtitle() == null ? "" : p.subtitle(),
                p.kind().name(), p.status().name());
        return new BinaryDocValuesField(FIELD, new BytesRef(value));
    }

    static Shown read(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), FIELD);
        if (!values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no shown fields");
        }
        BytesRef bytes = values.binaryValue();
        String[] parts = new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8).split(SEPARATOR, -1);
        return new Shown(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2], ProfileKind.valueOf(parts[3]),
                VersionStatus.valueOf(parts[4]));
    }
}
