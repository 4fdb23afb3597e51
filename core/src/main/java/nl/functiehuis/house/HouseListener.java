package nl.functiehuis.house;

/**
 * Hears what the use cases store, e.g. to keep a search index in step with the house. The use cases call
 * it inside their transaction; an implementation that keeps data derived from the house must act only
 * once that transaction has committed (a rolled-back import never happened).
 */
public interface HouseListener {

    /** Listens to nothing. */
    HouseListener NONE = new HouseListener() {
        @Override
        public void saved(ProfileVersion version) {
            // nothing
        }

        @Override
        public void referenceDataChanged() {
            // nothing
        }
    };

    /** A new version of a profile was stored. */
    void saved(ProfileVersion version);

    /** Dictionaries, series or qualifications were stored. */
    void referenceDataChanged();
}
