package nl.functiehuis.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Dutch 404 pages: for what the web pages cannot find, and for unknown addresses requested by a
 * browser (clients asking for JSON keep the problem-details answer).
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

    @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView unknownAddress(@Nullable Principal principal) {
        return page("Deze pagina bestaat niet (meer).", principal);
    }

    private ModelAndView page(String message, @Nullable Principal principal) {
        var view = new ModelAndView("error/404");
        view.addObject("notFound", message);
        view.addObject("houseName", layout.houseName());
        view.addObject("userName", layout.userName(principal));
        return view;
    }
}
