package nl.functiehuis.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiSignInProblemsTest {
    private final ApiSignInProblems problems = new ApiSignInProblems();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/profiles");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void asksForHttpBasicSignInWithProblemJson() throws Exception {
        problems.commence(request, response, new BadCredentialsException("wrong"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
        JsonNode problem = problem();
        assertThat(problem.get("title").asString()).isEqualTo("Aanmelden nodig");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).contains("HTTP Basic");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/profiles");
    }

    @Test
    void refusesAccessWithProblemJson() throws Exception {
        problems.handle(request, response, new AccessDeniedException("no"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        JsonNode problem = problem();
        assertThat(problem.get("title").asString()).isEqualTo("Geen toegang");
        assertThat(problem.get("status").asInt()).isEqualTo(403);
    }

    private JsonNode problem() throws Exception {
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return JsonMapper.builder().build().readTree(response.getContentAsString());
    }
}
