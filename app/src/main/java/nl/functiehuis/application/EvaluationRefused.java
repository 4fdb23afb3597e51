package nl.functiehuis.application;

import java.util.List;

/**
 * The user may not do this: not in the vacancy's team, or (four-eyes) not allowed to confirm now.
 * {@code reasons} say why in Dutch.
 */
public final class EvaluationRefused extends RuntimeException {
    private final List<String> reasons;
    private final boolean access;

    private EvaluationRefused(String message, List<String> reasons, boolean access) {
        super(message);
        this.reasons = List.copyOf(reasons);
        this.access = access;
    }

    /** Not a member of the vacancy's team. */
    public static EvaluationRefused notInTeam(String user) {
        return new EvaluationRefused("alleen het team van deze vacature mag dit; " + user + " hoort er niet bij",
                List.of(), true);
    }

    /** The four-eyes rule does not allow confirming now. */
    public static EvaluationRefused cannotConfirm(List<String> reasons) {
        return new EvaluationRefused("bevestigen kan nu niet: " + String.join("; ", reasons), reasons, false);
    }

    public List<String> reasons() {
        return reasons;
    }

    /** True when refused for lack of access, false when the team member may not confirm now. */
    public boolean access() {
        return access;
    }
}
