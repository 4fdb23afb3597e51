package nl.functiehuis.comparison;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.ProfileVersion;

/**
 * What changed between two versions of one profile: the status, the effective date and every field of
 * the profile, walked generically over its records and lists. Who saved a version, when, and the note
 * that explains it are version facts, not changes, and are left out.
 */
public record VersionDiff(ProfileVersion from, ProfileVersion to, List<Change> changes) {

    public VersionDiff {
        Checks.required(from, "from");
        Checks.required(to, "to");
        changes = Checks.list(changes, "changes");
        if (!from.code().equals(to.code())) {
            throw new InvalidValue("to", "hoort bij een ander profiel: " + to.code() + " ≠ " + from.code());
        }
    }

    public static VersionDiff of(ProfileVersion from, ProfileVersion to) {
        if (!from.code().equals(to.code())) {
            throw new InvalidValue("to", "hoort bij een ander profiel: " + to.code() + " ≠ " + from.code());
        }
        var diff = new TreeDiff();
        diff.compare(from.status(), to.status(), Where.root().field("status"));
        diff.compare(from.effectiveDate(), to.effectiveDate(), Where.root().field("effectiveDate"));
        diff.compare(from.profile(), to.profile(), Where.root());
        return new VersionDiff(from, to, diff.changes());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
