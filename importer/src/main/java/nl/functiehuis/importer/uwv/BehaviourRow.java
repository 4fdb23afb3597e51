package nl.functiehuis.importer.uwv;

import nl.functiehuis.importer.blocks.Location;

/** A row of the behaviour-competency table: the name, definition and example as written, and where. */
public record BehaviourRow(String name, String definition, String example, Location at) {}
