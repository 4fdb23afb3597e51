package nl.functiehuis.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals before a controller runs, answered like every other API failure: problem+json with a
 * Dutch title and detail. A missing or wrong sign-in gets 401 and the {@code WWW-Authenticate: Basic} challenge.
 */
class ApiSignInProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"functiehuis\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Aanmelden nodig",
                "Meld je aan met HTTP Basic (gebruikersnaam en wachtwoord) om dit te doen.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "Geen toegang",
                "Je bent aangemeld, maar je mag dit niet doen.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(MAPPER.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
    }
}
