package nl.functiehuis.api;

import java.util.List;
import java.util.stream.Collectors;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import nl.functiehuis.house.StaleEdit;
import nl.functiehuis.json.JsonProblems;
import nl.functiehuis.vacancy.StaleVacancy;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;

/**
 * The one place where API failures become HTTP answers: application/problem+json with a Dutch title, a
 * detail that names the field and, for bad input, an {@code errors} array of {field, message}.
 * Runs before Spring Boot's own problem-details handler, which still answers what is not handled here.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInput e) {
        return badInput(e.problems());
    }

    @ExceptionHandler
    ProblemDetail invalidValue(InvalidValue e) {
        return badInput(List.of(new Problem(e.field(), e.problem())));
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        BodyTooLarge tooLarge = cause(e, BodyTooLarge.class);
        if (tooLarge != null) {
            return tooLarge.limit().problem();
        }
        JacksonException json = cause(e, JacksonException.class);
        if (json != null) {
            return invalidInput(JsonProblems.toInvalidInput(json, "verzoek"));
        }
        return badInput(List.of(new Problem("verzoek", "de inhoud ontbreekt of is geen JSON")));
    }

    @ExceptionHandler
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return badInput(List.of(new Problem(e.getRequestPartName(),
                "geen bestand meegestuurd: stuur één of meer multipart-delen '" + e.getRequestPartName() + "'")));
    }

    @ExceptionHandler
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
        return new BodyLimit(e.getMaxUploadSize(), "spring.servlet.multipart").problem();
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badInput(List.of(new Problem(e.getName(), "ongeldige waarde '" + e.getValue() + "'")));
    }

    @ExceptionHandler
    ProblemDetail stale(StaleEdit e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Niet opgeslagen: het profiel is intussen gewijzigd");
        problem.setProperty("code", e.code());
        problem.setProperty("basedOn", e.basedOn());
        problem.setProperty("latest", e.latest());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail staleVacancy(StaleVacancy e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Niet opgeslagen: de vacature is intussen gewijzigd");
        problem.setProperty("id", e.id());
        problem.setProperty("basedOn", e.basedOn());
        problem.setProperty("latest", e.latest());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    private static ProblemDetail badInput(List<Problem> problems) {
        String detail = problems.stream().map(p -> p.message().contains(p.field()) ? p.message() : p.toString())
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Ongeldige invoer");
        problem.setProperty("errors", problems);
        return problem;
    }

    private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
