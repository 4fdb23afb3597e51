package nl.functiehuis.house;

import java.time.Instant;
import nl.functiehuis.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A cheap summary of the house's state: how many versions it stores, when the last was saved, and a
 * digest of the reference data. Data derived from the house (the search index) records the fingerprint
 * it reflects, and is stale when the house's current fingerprint differs.
 */
public record HouseFingerprint(long versions, @Nullable Instant lastSaved, String referenceData) {
    public HouseFingerprint {
        referenceData = Checks.text(referenceData, "referenceData");
    }

    /** The fingerprint as one line of text. */
    public String value() {
        return "versions=" + versions + ";last=" + lastSaved + ";reference=" + referenceData;
    }

    /** Whether the house went from {@code before} to this state by adding {@code added} versions and nothing else. */
    public boolean follows(HouseFingerprint before, int added) {
        return versions == before.versions + added && referenceData.equals(before.referenceData);
    }
}
