package nl.functiehuis.education;

import java.util.List;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.EducationLevel.Track;

/**
 * How the levels of Dutch education that profiles state map onto the NLQF: MBO 1–4 onto NLQF 1–4; an HBO
 * associate degree onto 5 and a bachelor onto 6; a WO bachelor onto 6, a master onto 7 and a doctorate onto 8.
 */
public final class NlqfMapping {
    private NlqfMapping() {}

    /** One education level with its name and NLQF level, as a row of the mapping table. */
    public record Row(EducationLevel education, String name, NlqfLevel nlqf) {}

    private static final List<Row> TABLE = List.of(
            row(Track.MBO, 1, "mbo 1, entreeopleiding"),
            row(Track.MBO, 2, "mbo 2, basisberoepsopleiding"),
            row(Track.MBO, 3, "mbo 3, vakopleiding"),
            row(Track.MBO, 4, "mbo 4, middenkader- of specialistenopleiding"),
            row(Track.HBO, 5, "hbo associate degree"),
            row(Track.HBO, 6, "hbo bachelor"),
            row(Track.WO, 6, "wo bachelor"),
            row(Track.WO, 7, "wo master"),
            row(Track.WO, 8, "promotie (doctor)"));

    /** Every MBO, HBO and WO level a profile can state, in order, with its NLQF level. */
    public static List<Row> table() {
        return TABLE;
    }

    /** The NLQF level of an education level. */
    public static NlqfLevel nlqf(EducationLevel education) {
        int number = switch (education.track()) {
            case MBO -> switch (education.level()) {
                case 1 -> 1;
                case 2 -> 2;
                case 3 -> 3;
                default -> 4;
            };
            case HBO -> education.level() == 5 ? 5 : 6;
            case WO -> switch (education.level()) {
                case 6 -> 6;
                case 7 -> 7;
                default -> 8;
            };
            case NLQF -> education.level();
        };
        return NlqfLevel.of(number).orElseThrow();
    }

    /** The NLQF level of an MBO qualification level 1–4. */
    public static NlqfLevel ofMbo(int mboLevel) {
        return nlqf(EducationLevel.mbo(mboLevel));
    }

    private static Row row(Track track, int level, String name) {
        EducationLevel education = new EducationLevel(track, level);
        return new Row(education, name, nlqf(education));
    }
}
