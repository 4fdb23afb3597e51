package nl.functiehuis.validation;

import java.util.List;
import nl.functiehuis.Checks;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.ProfileCode;
import org.jspecify.annotations.Nullable;

/**
 * The functions of one function group, or the levels of one levelled family, ranked from the lightest
 * to the heaviest: what the group rules compare. {@code name} says which group or family, in Dutch.
 */
public record Ladder(String name, List<Rung> rungs) {

    /**
     * One function or level: its profile, how to name it ("Medewerker Publiek II (N06.01.04)"), the graded
     * competencies it asks, and its scale and minimum education when known.
     */
    public record Rung(ProfileCode profile, String label, List<Asked> asked, @Nullable Measure scale,
            @Nullable Measure education) {
        public Rung {
            Checks.required(profile, "profile");
            label = Checks.text(label, "label");
            asked = Checks.list(asked, "asked");
        }
    }

    /** A competency asked at a behaviour level; {@code field} is the path of that level in the profile. */
    public record Asked(String competency, LevelLetter level, String field) {}

    /** A number to compare (a scale, an NLQF level), the text it was read from and the field it stands in. */
    public record Measure(int value, String text, String field) {}

    public Ladder {
        name = Checks.text(name, "name");
        rungs = Checks.list(rungs, "rungs");
    }
}
