package nl.functiehuis.application;

import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseSnapshot;
import nl.functiehuis.json.HouseJson;

/** The whole house, every version included, as one deterministic JSON document. */
public final class ExportHouse {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;
    private final HouseJson json;

    public ExportHouse(FunctionProfiles profiles, HouseCatalog catalog, HouseJson json) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.json = json;
    }

    public HouseSnapshot snapshot() {
        return new HouseSnapshot(HouseSnapshot.FORMAT, catalog.name(), catalog.dictionaries(), catalog.series(),
                catalog.qualifications(), catalog.scales(), profiles.all());
    }

    public String json() {
        return json.write(snapshot()) + "\n";
    }
}
