package nl.functiehuis.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.functiehuis.application.SearchProfiles;
import nl.functiehuis.search.SearchRequest;
import nl.functiehuis.search.SearchResults;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page, and the fragment htmx fetches while the user types or ticks a filter. The fragment's
 * answer names the page address with the same query, so the browser's address and history follow.
 */
@Controller
class SearchController {
    static final int PAGE_SIZE = 20;

    private final SearchProfiles search;

    SearchController(SearchProfiles search) {
        this.search = search;
    }

    @GetMapping("/zoeken")
    String page(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        model.addAttribute("page", page(parameters, false));
        model.addAttribute("nav", "zoeken");
        return "search/page";
    }

    @GetMapping("/zoeken/resultaten")
    String results(@RequestParam MultiValueMap<String, String> parameters,
            @Nullable @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) {
        SearchPage page = page(parameters, true);
        if (htmx != null) {
            response.setHeader("HX-Push-Url", page.address());
        }
        model.addAttribute("page", page);
        return "search/page :: update";
    }

    private SearchPage page(MultiValueMap<String, String> parameters, boolean typing) {
        String q = parameters.getFirst("q");
        String text = q == null ? "" : q.strip();
        if (text.length() > SearchRequest.MAX_TEXT) {
            text = text.substring(0, SearchRequest.MAX_TEXT);
        }
        int limit = limit(parameters.getFirst("limit"));
        var request = new SearchRequest(text, SearchProfiles.filters(parameters), limit, typing);
        SearchResults results = search.search(request);
        return SearchPage.of(request, results);
    }

    private static int limit(@Nullable String value) {
        try {
            return value == null ? PAGE_SIZE : Math.clamp(Integer.parseInt(value.strip()), 1, SearchRequest.MAX_LIMIT);
        } catch (NumberFormatException e) {
            return PAGE_SIZE;
        }
    }
}
