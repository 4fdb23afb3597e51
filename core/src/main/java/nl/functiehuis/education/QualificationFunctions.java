package nl.functiehuis.education;

import java.util.List;
import nl.functiehuis.Checks;

/** A qualification of the catalogue with every function it fits, linked ones first. */
public record QualificationFunctions(CatalogEntry qualification, List<FunctionFit> functions) {
    public QualificationFunctions {
        Checks.required(qualification, "qualification");
        functions = Checks.list(functions, "functions");
    }

    /** The functions the qualification prepares for: linked by an enriched profile, or through one. */
    public List<FunctionFit> preparesFor() {
        return functions.stream().filter(f -> f.reason().linked()).toList();
    }

    /** The functions whose education range holds the qualification's level, without a link. */
    public List<FunctionFit> onLevel() {
        return functions.stream().filter(f -> !f.reason().linked()).toList();
    }
}
