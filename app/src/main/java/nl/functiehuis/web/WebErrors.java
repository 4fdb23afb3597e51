package nl.functiehuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Unknown addresses and methods: the Dutch 404 page for browsers, problem+json for API clients and
 * for every {@code /api/**} request that does not ask only for HTML (see {@link AddressedClient}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {
    private final WebModel layout;

    WebErrors(WebModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFound e, @Nullable Principal principal) {
        return page(e.getMessage(), principal);
    }

    @ExceptionHandler
    Object unknownAddress(NoResourceFoundException e, HttpServletRequest request, @Nullable Principal principal) {
        var client = new AddressedClient(request);
        if (client.wantsProblem()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Er is niets op adres " + client.path() + ".");
            problem.setTitle("Niet gevonden");
            return client.problem(problem).body(problem);
        }
        var view = page("Deze pagina bestaat niet (meer).", principal);
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        var client = new AddressedClient(request);
        String allowed = e.getSupportedHttpMethods() == null ? "geen" : String.join(", ",
                e.getSupportedHttpMethods().stream().map(Object::toString).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                e.getMethod() + " kan niet op adres " + client.path() + "; toegestaan: " + allowed + ".");
        problem.setTitle("Methode niet toegestaan");
        return client.problem(problem).headers(e.getHeaders()).body(problem);
    }

    private ModelAndView page(String message, @Nullable Principal principal) {
        var view = new ModelAndView("error/404");
        view.addObject("notFound", message);
        view.addObject("houseName", layout.houseName());
        view.addObject("userName", layout.userName(principal));
        return view;
    }
}
