package nl.functiehuis.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

/** Opening the writer, the commit data (layout version and house fingerprint), and reading all stored profiles. */
final class IndexWriters {
    /** The layout of documents and analysis; an index of another layout is discarded and rebuilt. */
    static final String LAYOUT = "2";
    private static final String LAYOUT_KEY = "layout";
    private static final String HOUSE_KEY = "house";

    private IndexWriters() {}

    /** Opens the writer; a damaged index, or one written by another Lucene version, is emptied first. */
    static IndexWriter open(Directory directory, Analyzer analyzer) throws IOException {
        try {
            return new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
            return new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(false);
    }

    /** The house fingerprint of the last commit, or null when there is none or the layout differs. */
    static @Nullable String fingerprint(IndexWriter writer) {
        Map<String, String> data = new LinkedHashMap<>();
        var live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return LAYOUT.equals(data.get(LAYOUT_KEY)) ? data.get(HOUSE_KEY) : null;
    }

    static void commit(IndexWriter writer, String houseFingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, HOUSE_KEY, houseFingerprint).entrySet());
        writer.commit();
    }

    /** Every profile in the index (including uncommitted changes), by slug. */
    static Map<String, IndexedProfile> stored(IndexWriter writer) throws IOException {
        Map<String, IndexedProfile> profiles = new LinkedHashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        IndexedProfile p = ProfileDocuments.fromStored(fields.document(doc));
                        profiles.put(p.slug(), p);
                    }
                }
            }
        }
        return profiles;
    }
}
