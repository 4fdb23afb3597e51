package nl.functiehuis.api;

import java.lang.System.Logger.Level;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Unexpected failures of an API handler: logged with their stack trace, answered as problem+json
 * without the exception's message. Ordered last, so {@link ApiErrors} and Spring Boot's problem-details
 * handler answer every failure they know first.
 */
@RestControllerAdvice(basePackageClasses = ApiFailures.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFailures {
    private static final System.Logger LOG = System.getLogger(ApiFailures.class.getName());

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.log(Level.ERROR, "Onverwachte fout in de API", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis op de server; er is niets gewijzigd. De fout staat in het logboek.");
        problem.setTitle("Interne fout");
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
