package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;

/** A small norm function of the demo dictionary for tests that need a particular set of competencies. */
record NormFunctionBuilder(String code, List<CompetencyRequirement> asked) {

    static NormFunctionBuilder of(String code, CompetencyRequirement... asked) {
        return new NormFunctionBuilder(code, List.of(asked));
    }

    NormFunction build() {
        return new NormFunction(ProfileCode.of(code), "Functie " + code, "VS01.01", "voorbeeldstad", null,
                new NormContent(List.of(), List.of(), asked, List.of(), List.of(), null));
    }
}
