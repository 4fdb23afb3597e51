package nl.functiehuis.validation;

import java.util.List;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;

/** A profile kept as unstructured sections cannot be held to the methodology: say so, once. */
final class Unstructured {
    private Unstructured() {}

    static List<Finding> check(FunctionProfile profile, HouseView house) {
        if (!(profile instanceof GenericProfile g)) {
            return List.of();
        }
        return List.of(Finding.of(g, "sections", "Dit profiel is als losse secties bewaard; de methoderegels kunnen het"
                + " niet controleren. Zet het om naar een normfunctie, functieprofiel of functiefamilie."));
    }
}
