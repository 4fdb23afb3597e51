package nl.functiehuis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.ProfileCode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The search index of a function house: one document per profile, from its latest version. Every write
 * is committed with the caller's fingerprint of the house state it reflects, so whoever opens the index
 * can tell whether it is current ({@link #fingerprint()}). Writes are serialised; searches
 * ({@link #search()}) run concurrently on the latest committed view.
 */
public final class ProfileIndex implements AutoCloseable {
    private final Directory directory;
    private final WordParts parts;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ProfileDocuments documents;
    private final ProfileSearch search;
    private volatile @Nullable String fingerprint;

    private ProfileIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.parts = WordParts.shipped();
        FacetsConfig config = Fields.facetsConfig();
        this.documents = new ProfileDocuments(config);
        Analyzer indexing = DutchAnalysis.indexing(parts);
        this.writer = IndexWriters.open(directory, indexing);
        this.fingerprint = IndexWriters.fingerprint(writer);
        if (fingerprint == null) {
            writer.deleteAll();
        }
        parts.addWordsOf(IndexWriters.stored(writer).values().stream().flatMap(p -> p.vocabulary().stream()).toList());
        this.searchers = new SearcherManager(writer, HouseSearcher.factory(config, indexing));
        this.search = new ProfileSearch(searchers, config, new UserQuery(DutchAnalysis.querying()));
    }

    /** Opens (or creates) the index in a directory; a damaged index or one of an older layout starts empty. */
    public static ProfileIndex open(Path dir) {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            return new ProfileIndex(directory);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw new IndexUnavailable("De zoekindex in " + dir + " is niet te openen: " + e.getMessage(), e);
        }
    }

    /** An index in memory, for tests and for when the directory is held by another process. */
    public static ProfileIndex inMemory() {
        try {
            return new ProfileIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fingerprint of the house state the index last committed; empty for a new or discarded index. */
    public Optional<String> fingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    public ProfileSearch search() {
        return search;
    }

    /** The number of profiles in the index. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** Adds or replaces these profiles (latest versions). New title or competency words re-analyse every profile. */
    public synchronized void index(Collection<ProfileVersion> latest, HouseContext context, String houseFingerprint) {
        List<IndexedProfile> fresh = latest.stream().map(v -> Flattening.of(v, context)).toList();
        try {
            if (parts.addWordsOf(fresh.stream().flatMap(p -> p.vocabulary().stream()).toList())) {
                Map<String, IndexedProfile> all = new LinkedHashMap<>(IndexWriters.stored(writer));
                fresh.forEach(p -> all.put(p.slug(), p));
                replaceAll(all.values());
            } else {
                for (IndexedProfile p : fresh) {
                    writer.updateDocument(new Term(Fields.ID, p.slug()), documents.toDocument(p));
                }
            }
            commit(houseFingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("De zoekindex is niet bij te werken", e);
        }
    }

    /** Removes the profile with this code, slug or level code. */
    public synchronized void delete(String code, String houseFingerprint) {
        try {
            writer.deleteDocuments(new Term(Fields.ID, ProfileCode.slugOf(code)));
            commit(houseFingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("De zoekindex is niet bij te werken", e);
        }
    }

    /** Replaces the whole index with these profiles (the latest version of every profile). */
    public synchronized void rebuild(Collection<ProfileVersion> latest, HouseContext context, String houseFingerprint) {
        List<IndexedProfile> all = latest.stream().map(v -> Flattening.of(v, context)).toList();
        parts.addWordsOf(all.stream().flatMap(p -> p.vocabulary().stream()).toList());
        try {
            replaceAll(all);
            commit(houseFingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("De zoekindex is niet op te bouwen", e);
        }
    }

    private void replaceAll(Collection<IndexedProfile> profiles) throws IOException {
        writer.deleteAll();
        for (IndexedProfile p : profiles) {
            writer.addDocument(documents.toDocument(p));
        }
    }

    private void commit(String houseFingerprint) throws IOException {
        IndexWriters.commit(writer, houseFingerprint);
        fingerprint = houseFingerprint;
        searchers.maybeRefreshBlocking();
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(@Nullable Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
        }
    }
}
