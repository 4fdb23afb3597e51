package nl.functiehuis.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.house.Problem;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.Task;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import nl.functiehuis.vacancy.Wish;
import org.jspecify.annotations.Nullable;

/**
 * Reads a submitted vacancy form on top of the stored vacancy (whose intro, texts about the department and
 * organisation and profile reference the form does not show), collecting every problem by its form field.
 * A list row whose text is empty is left out.
 */
final class VacancyFormReader {
    private final VacancyForm form;
    private final List<Problem> problems = new ArrayList<>();

    private VacancyFormReader(VacancyForm form) {
        this.form = form;
    }

    sealed interface Result {
        record Ready(Vacancy vacancy, int revision) implements Result {}

        record Refused(List<Problem> problems) implements Result {}
    }

    static Result read(VacancyForm form, Vacancy stored) {
        return new VacancyFormReader(form).read(stored);
    }

    private Result read(Vacancy stored) {
        Integer revision = number(form.v("confirmRevision").isEmpty() ? "revision" : "confirmRevision");
        VacancyStatus status = make("status", () -> VacancyStatus.parse(form.v("status"), "status"));
        Terms terms = make("", () -> new Terms(text("location"), text("startText"), month("expectedStart"),
                number("headcount"), number("hoursPerWeek"), number("durationMonths"), number("extensionCount"),
                number("extensionMonths"), number("scale"), amount("tariffMin"), amount("tariffMax"),
                number("pricePercent"), number("qualityPercent"), text("verificationText"), number("verificationWeek")));
        List<Task> tasks = rows("tasks", p -> new Task(form.v(p + "text"), form.checked(p + "future")));
        List<Requirement> requirements = rows("requirements", p -> new Requirement(form.v(p + "text"),
                kind(p + "kind"), number(p + "mboLevel"), number(p + "yearsMin"), number(p + "yearsMax"),
                number(p + "withinYears"), text(p + "subject")));
        List<Wish> wishes = rows("wishes", p -> new Wish(form.v(p + "text"), text(p + "topic"), number(p + "maxPoints"),
                text(p + "scoringGuide")));
        List<AskedCompetency> competencies = rows("competencies", p -> new AskedCompetency(form.v(p + "name"),
                text(p + "description"), level(p + "level")));
        String title = form.v("title");
        if (title.isEmpty()) {
            problems.add(new Problem("title", "is verplicht"));
        }
        if (!problems.isEmpty() || status == null || terms == null || revision == null) {
            if (revision == null && problems.isEmpty()) {
                problems.add(new Problem("", "het formulier mist de revisie; open de vacature opnieuw"));
            }
            return new Result.Refused(problems);
        }
        return new Result.Ready(new Vacancy(title, text("organisation"), text("department"), stored.profileCode(),
                stored.profileVersion(), status, terms, stored.intro(), tasks, requirements, wishes, competencies,
                stored.aboutDepartment(), stored.aboutOrganisation()), revision);
    }

    private <T> List<T> rows(String list, Function<String, T> row) {
        List<T> result = new ArrayList<>();
        String textField = list.equals("competencies") ? "name" : "text";
        for (int i : form.rows(list)) {
            String prefix = list + "[" + i + "].";
            if (form.v(prefix + textField).isEmpty()) {
                continue;
            }
            T value = make(prefix, () -> row.apply(prefix));
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    /** Runs a constructor; a refused value becomes a problem of the field it names under {@code prefix}. */
    private <T> @Nullable T make(String prefix, Supplier<T> maker) {
        int before = problems.size();
        try {
            T value = maker.get();
            return problems.size() == before ? value : null;
        } catch (InvalidValue e) {
            String field = prefix.equals("status") ? "status" : prefix + e.field();
            problems.add(new Problem(field, e.problem()));
            return null;
        }
    }

    private @Nullable String text(String field) {
        String v = form.v(field);
        return v.isEmpty() ? null : v;
    }

    private @Nullable Integer number(String field) {
        String v = form.v(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "is geen geheel getal: '" + v + "'"));
            return null;
        }
    }

    private @Nullable BigDecimal amount(String field) {
        String v = form.v(field).replace("€", "").strip().replace(',', '.');
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "is geen bedrag: '" + form.v(field) + "' (bijvoorbeeld 23 of 23,50)"));
            return null;
        }
    }

    private @Nullable YearMonth month(String field) {
        String v = form.v(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "is geen maand: '" + v + "' (gebruik jjjj-mm, bijvoorbeeld 2026-09)"));
            return null;
        }
    }

    private Requirement.Kind kind(String field) {
        try {
            return Requirement.Kind.valueOf(form.v(field));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("kind", "kies een soort eis");
        }
    }

    private @Nullable LevelLetter level(String field) {
        String v = form.v(field);
        return v.isEmpty() ? null : LevelLetter.parse(v, "level");
    }
}
