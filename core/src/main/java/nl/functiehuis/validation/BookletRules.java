package nl.functiehuis.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.validation.BookletStatement.Origin;

/**
 * What a booklet states about a function's level outside its profile text (the summary matrix, the group
 * texts) agrees with the profile as it is now: the profile asks that competency, at that level.
 */
final class BookletRules {
    private BookletRules() {}

    static List<Finding> matrix(FunctionProfile profile, HouseView house) {
        return check(profile, house, Origin.MATRIX);
    }

    static List<Finding> text(FunctionProfile profile, HouseView house) {
        return check(profile, house, Origin.TEXT);
    }

    private static List<Finding> check(FunctionProfile profile, HouseView house, Origin origin) {
        List<Finding> findings = new ArrayList<>();
        List<Listed> listed = Listed.of(profile);
        for (BookletStatement s : house.statementsAbout(profile.code())) {
            if (s.origin() != origin) {
                continue;
            }
            String says = "Het boekje '" + s.document() + "' (" + s.place() + ") noemt voor " + s.function() + " "
                    + s.competency() + " niveau " + s.level();
            Optional<Listed> asked = listed.stream()
                    .filter(l -> Listed.fold(l.competency()).equals(Listed.fold(s.competency()))).findFirst();
            if (asked.isEmpty()) {
                findings.add(Finding.of(profile, field(listed), says + ", maar dit profiel vraagt " + s.competency()
                        + " niet. Neem de competentie op, of noteer dat het boekje hier niet klopt."));
            } else if (asked.get().level() != s.level()) {
                findings.add(Finding.of(profile, asked.get().levelField(), says + "; dit profiel vraagt niveau "
                        + (asked.get().level() == null ? "geen" : asked.get().level()) + ". Breng ze in overeenstemming:"
                        + " pas het niveau in het profiel aan, of noteer dat het boekje hier niet klopt."));
            }
        }
        return findings;
    }

    private static String field(List<Listed> listed) {
        if (listed.isEmpty()) {
            return "competencies";
        }
        String first = listed.getFirst().nameField();
        return first.substring(0, first.lastIndexOf('['));
    }
}
