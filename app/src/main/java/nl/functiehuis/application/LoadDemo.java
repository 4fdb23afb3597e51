package nl.functiehuis.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.house.FunctionProfiles;

/** Fills an empty house with the demo house of the fictional Gemeente Voorbeeldstad. */
public final class LoadDemo {
    private final FunctionProfiles profiles;
    private final LoadHouse load;
    private final Clock clock;

    public LoadDemo(FunctionProfiles profiles, LoadHouse load, Clock clock) {
        this.profiles = profiles;
        this.load = load;
        this.clock = clock;
    }

    public boolean isEmpty() {
        return profiles.latestOfAll().isEmpty();
    }

    /** Loads the demo house when the house has no profiles; returns whether it did. */
    public boolean loadIfEmpty() {
        if (!isEmpty()) {
            return false;
        }
        load.load(DemoHouse.snapshot(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return true;
    }
}
