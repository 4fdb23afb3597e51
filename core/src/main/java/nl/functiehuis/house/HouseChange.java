package nl.functiehuis.house;

import java.util.List;
import nl.functiehuis.Checks;

/** What one committed transaction changed in the house: the versions it stored, and whether reference data changed. */
public record HouseChange(List<ProfileVersion> versions, boolean referenceData) {
    public HouseChange {
        versions = Checks.list(versions, "versions");
    }

    public boolean isEmpty() {
        return versions.isEmpty() && !referenceData;
    }
}
