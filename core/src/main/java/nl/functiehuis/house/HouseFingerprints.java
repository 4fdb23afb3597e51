package nl.functiehuis.house;

/** Storage port: the current fingerprint of the house, read in one cheap query. */
public interface HouseFingerprints {
    HouseFingerprint current();
}
