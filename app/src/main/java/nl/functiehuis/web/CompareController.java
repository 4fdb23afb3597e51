package nl.functiehuis.web;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.CompareProfiles;
import nl.functiehuis.comparison.ProfileComparison;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two to five profiles or function levels side by side ({@code /vergelijken?profielen=3006,3007,3008}),
 * with the lines where they differ marked; the form to choose them lists the whole house.
 */
@Controller
class CompareController {
    private final CompareProfiles compare;
    private final BrowseHouse browse;

    CompareController(CompareProfiles compare, BrowseHouse browse) {
        this.compare = compare;
        this.browse = browse;
    }

    @GetMapping("/vergelijken")
    String page(@RequestParam(defaultValue = "") List<String> profielen,
            @RequestParam(defaultValue = "false") boolean verschillen, Model model) {
        List<String> codes = new ArrayList<>();
        profielen.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(codes::add);
        model.addAttribute("nav", "vergelijken");
        model.addAttribute("onlyDifferences", verschillen);
        model.addAttribute("chosen", codes);
        model.addAttribute("choices", CompareChoices.of(compare.choices(), browse.series(), codes));
        if (!codes.isEmpty()) {
            try {
                ProfileComparison comparison = compare.compare(codes);
                model.addAttribute("comparison", comparison);
            } catch (InvalidInput e) {
                model.addAttribute("problems", e.problems().stream().map(Problem::message).toList());
            }
        }
        return "compare/page";
    }
}
