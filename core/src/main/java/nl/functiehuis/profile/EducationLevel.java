package nl.functiehuis.profile;

import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;

/** A level of Dutch education, e.g. MBO 4, with its NLQF level. */
public record EducationLevel(Track track, int level) {

    /** Education tracks; NLQF is used when a document states the framework level directly. */
    public enum Track { MBO, HBO, WO, NLQF }

    public EducationLevel {
        Checks.required(track, "track");
        switch (track) {
            case MBO -> Checks.range(level, 1, 4, "level");
            case HBO -> Checks.range(level, 5, 6, "level");
            case WO -> Checks.range(level, 6, 8, "level");
            case NLQF -> Checks.range(level, 0, 8, "level");
            default -> throw new InvalidValue("track", "onbekend");
        }
    }

    public static EducationLevel mbo(int level) {
        return new EducationLevel(Track.MBO, level);
    }

    /** The NLQF level: MBO 1–4 map to NLQF 1–4; HBO and WO levels are written as NLQF levels. */
    public int nlqf() {
        return level;
    }

    public String label() {
        return track == Track.NLQF ? "NLQF " + level : track + " " + level;
    }
}
