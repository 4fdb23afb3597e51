package nl.functiehuis.api;

import nl.functiehuis.application.EvaluationNotFound;
import nl.functiehuis.application.EvaluationRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The evaluation's own failures as problem+json: unknown vacancy or candidate, outside the team, four-eyes. */
@RestControllerAdvice(basePackageClasses = EvaluationApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvaluationApiErrors {

    @ExceptionHandler
    ProblemDetail notFound(EvaluationNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail refused(EvaluationRefused e) {
        if (e.access()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
            problem.setTitle("Geen toegang");
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Niet bevestigd");
        problem.setProperty("reasons", e.reasons());
        return problem;
    }
}
