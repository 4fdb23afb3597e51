package nl.functiehuis.importer.booklet;

import java.util.List;
import nl.functiehuis.importer.blocks.Location;
import org.jspecify.annotations.Nullable;

/**
 * A place where the booklet contradicts itself or writes the same thing in two ways. The readings
 * quote each version as written; the importer keeps them as they are and only reports them.
 */
public record Inconsistency(Kind kind, String description, List<Reading> readings) {

    /** What sort of inconsistency. */
    public enum Kind {
        /** A heading or label spelled differently from the genre's label. */
        HEADING_SPELLING,
        /** The same name (qualification, competency) written in more than one way. */
        NAME_SPELLING,
        /** A block repeated in several profiles differs between copies. */
        COPY_VARIANT,
        /** An enriched profile says something else than its base norm function. */
        BASE_DIVERGENCE,
        /** A numbered list skips or repeats numbers. */
        NUMBERING_GAP,
        /** One profile named differently in two places (overview and heading). */
        NAMING,
        /** A statement of the front matter (group text, matrix) contradicts the profile texts. */
        FRONT_VS_PROFILE,
        /** A profile's minimum education lies below its NLQF level, or names no level. */
        EDUCATION_VS_NLQF
    }

    /** One version as written, where it stands and in which profile (by code). */
    public record Reading(String text, Location at, @Nullable String profile) {}

    public Inconsistency {
        readings = List.copyOf(readings);
    }
}
