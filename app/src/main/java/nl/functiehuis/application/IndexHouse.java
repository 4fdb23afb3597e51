package nl.functiehuis.application;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseChange;
import nl.functiehuis.house.HouseFingerprint;
import nl.functiehuis.house.HouseFingerprints;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.search.HouseContext;
import nl.functiehuis.search.IndexUnavailable;
import nl.functiehuis.search.ProfileIndex;
import nl.functiehuis.search.ProfileSearch;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the search index in step with the house. The index opens on first use — in its directory, or in
 * memory when there is none or another process holds it — and is rebuilt when it is missing or its
 * fingerprint is not the house's. Each committed change is then applied: new versions incrementally,
 * anything else (reference data, changes this process did not make) by a rebuild.
 */
public final class IndexHouse implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(IndexHouse.class.getName());

    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;
    private final HouseFingerprints fingerprints;
    private final @Nullable Path directory;
    private volatile @Nullable ProfileIndex index;
    private @Nullable HouseFingerprint indexed;

    /** With {@code directory} null the index lives in memory. */
    public IndexHouse(FunctionProfiles profiles, HouseCatalog catalog, HouseFingerprints fingerprints,
            @Nullable Path directory) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.fingerprints = fingerprints;
        this.directory = directory;
    }

    /** The search over an index that is open and current. */
    public ProfileSearch search() {
        ProfileIndex open = index;
        return (open != null ? open : open()).search();
    }

    /** Applies a committed change; an index that is not open yet catches up when it opens. */
    public synchronized void changed(HouseChange change) {
        ProfileIndex open = index;
        if (open == null || change.isEmpty()) {
            return;
        }
        try {
            HouseFingerprint now = fingerprints.current();
            if (now.equals(indexed)) {
                return;
            }
            if (change.referenceData() || indexed == null || !now.follows(indexed, change.versions().size())) {
                rebuild(open, now);
                return;
            }
            Set<String> codes = new LinkedHashSet<>();
            change.versions().forEach(v -> codes.add(v.code().value()));
            List<ProfileVersion> latest = codes.stream().map(profiles::latest).flatMap(Optional::stream).toList();
            open.index(latest, context(), now.value());
            indexed = now;
        } catch (RuntimeException e) {
            indexed = null;
            LOG.log(Level.WARNING, "De zoekindex is niet bijgewerkt; hij wordt bij de volgende controle opnieuw opgebouwd", e);
        }
    }

    /**
     * Rebuilds the index when the house changed without this process knowing (another process wrote to it);
     * true when it did.
     */
    public synchronized boolean refreshIfStale() {
        ProfileIndex open = index;
        if (open != null) {
            HouseFingerprint now = fingerprints.current();
            if (!now.equals(indexed)) {
                rebuild(open, now);
                return true;
            }
        }
        return false;
    }

    /** Rebuilds the index from the house. */
    public synchronized void rebuild() {
        ProfileIndex open = index;
        rebuild(open != null ? open : open(), fingerprints.current());
    }

    private synchronized ProfileIndex open() {
        ProfileIndex open = index;
        if (open != null) {
            return open;
        }
        open = openIndex();
        HouseFingerprint now = fingerprints.current();
        if (open.fingerprint().filter(now.value()::equals).isPresent()) {
            indexed = now;
        } else {
            rebuild(open, now);
        }
        index = open;
        return open;
    }

    private ProfileIndex openIndex() {
        if (directory == null) {
            return ProfileIndex.inMemory();
        }
        try {
            return ProfileIndex.open(directory);
        } catch (IndexUnavailable e) {
            LOG.log(Level.INFO, e.getMessage() + "; deze keer wordt een index in het geheugen gebruikt");
            return ProfileIndex.inMemory();
        }
    }

    private void rebuild(ProfileIndex open, HouseFingerprint now) {
        open.rebuild(profiles.latestOfAll(), context(), now.value());
        indexed = now;
    }

    private HouseContext context() {
        return new HouseContext(catalog.series(), catalog.dictionaries());
    }

    @Override
    public synchronized void close() {
        ProfileIndex open = index;
        index = null;
        if (open != null) {
            open.close();
        }
    }
}
