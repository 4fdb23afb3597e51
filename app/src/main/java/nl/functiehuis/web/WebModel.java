package nl.functiehuis.web;

import java.security.Principal;
import nl.functiehuis.application.BrowseHouse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: the house name and the signed-in user. */
@ControllerAdvice(basePackageClasses = WebModel.class, assignableTypes = ErrorController.class)
class WebModel {
    private static final String FALLBACK_NAME = "functiehuis";

    private final BrowseHouse browse;

    WebModel(BrowseHouse browse) {
        this.browse = browse;
    }

    @ModelAttribute("houseName")
    String houseName() {
        try {
            return browse.houseName();
        } catch (RuntimeException e) {
            // The error page must still render when the database is the problem.
            return FALLBACK_NAME;
        }
    }

    @ModelAttribute("userName")
    @Nullable String userName(@Nullable Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
