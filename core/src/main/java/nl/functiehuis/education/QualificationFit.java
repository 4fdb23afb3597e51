package nl.functiehuis.education;

import java.util.List;
import nl.functiehuis.Checks;

/** A qualification that fits a profile, why, and through which enriched profiles when it came via them. */
public record QualificationFit(CatalogEntry qualification, FitReason reason, List<ProfileRef> via) {
    public QualificationFit {
        Checks.required(qualification, "qualification");
        Checks.required(reason, "reason");
        via = Checks.list(via, "via");
    }
}
