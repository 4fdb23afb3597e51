package nl.functiehuis.education;

import nl.functiehuis.Checks;

/**
 * How many profiles ask one qualification: enriched profiles that link it, and the distinct norm functions
 * those enriched profiles belong to.
 */
public record QualificationDemand(CatalogEntry qualification, int enrichedProfiles, int normFunctions) {
    public QualificationDemand {
        Checks.required(qualification, "qualification");
    }
}
