package nl.functiehuis.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.profile.FunctionProfile;
import org.jspecify.annotations.Nullable;

/**
 * Reads a submitted edit form into a {@link ProfileEdit} on top of the version it was based on, or
 * refuses it with every problem found, each named by the form field that shows it.
 */
final class FormReader {

    sealed interface Result {
        /** A complete edit; {@code fields} translates the problems the save may still find. */
        record Ready(ProfileEdit edit, ProblemFields fields) implements Result {}

        record Refused(List<Problem> problems) implements Result {}
    }

    private FormReader() {}

    static Result read(EditForm form, FunctionProfile base, HouseJson json) {
        List<Problem> problems = new ArrayList<>();
        VersionStatus status = status(form.status(), problems);
        LocalDate date = date(form.effectiveDate(), problems);
        FunctionProfile profile;
        ProblemFields fields;
        if (form.isJson()) {
            fields = new ProblemFields(true, List.of());
            profile = fromJson(form.json(), base, json, problems);
        } else {
            var reader = new FieldsReader(form, problems);
            profile = reader.apply(base);
            fields = new ProblemFields(false, reader.competencyRows());
            if (profile == null) {
                problems.add(fields.translate(reader.constructorProblem()));
            }
        }
        if (!problems.isEmpty() || profile == null || status == null) {
            return new Result.Refused(problems);
        }
        try {
            return new Result.Ready(new ProfileEdit(profile, form.basedOn(), status, date, form.note()), fields);
        } catch (InvalidValue e) {
            return new Result.Refused(List.of(new Problem("", e.field() + ": " + e.problem())));
        }
    }

    private static @Nullable FunctionProfile fromJson(String text, FunctionProfile base, HouseJson json,
            List<Problem> problems) {
        try {
            FunctionProfile profile = json.read(text, FunctionProfile.class, "JSON");
            if (!profile.code().equals(base.code())) {
                problems.add(new Problem("json", "de code mag hier niet veranderen: verwacht " + base.code()
                        + ", maar de JSON heeft " + profile.code()));
                return null;
            }
            return profile;
        } catch (InvalidInput e) {
            e.problems().forEach(p -> problems.add(new Problem("json", p.message())));
            return null;
        }
    }

    private static @Nullable VersionStatus status(String text, List<Problem> problems) {
        try {
            return VersionStatus.parse(text, "status");
        } catch (InvalidValue e) {
            problems.add(new Problem("status", "kies een status"));
            return null;
        }
    }

    private static @Nullable LocalDate date(String text, List<Problem> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem("effectiveDate", "is geen geldige datum; gebruik jjjj-mm-dd, bijvoorbeeld 2026-01-01"));
            return null;
        }
    }
}
