package nl.functiehuis.education;

import nl.functiehuis.Checks;

/** A function a qualification prepares for, and why it fits. */
public record FunctionFit(ProfileRef function, FitReason reason) {
    public FunctionFit {
        Checks.required(function, "function");
        Checks.required(reason, "reason");
    }
}
