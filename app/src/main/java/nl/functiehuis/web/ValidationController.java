package nl.functiehuis.web;

import nl.functiehuis.application.ValidateHouse;
import nl.functiehuis.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The validation report of the house (filtered by severity or narrowed to one profile), and a profile's box. */
@Controller
@RequestMapping("/validatie")
class ValidationController {
    private final ValidateHouse validate;

    ValidationController(ValidateHouse validate) {
        this.validate = validate;
    }

    @GetMapping
    String report(@RequestParam(name = "ernst", required = false) @Nullable String severity,
            @RequestParam(name = "profiel", required = false) @Nullable String profile, Model model) {
        boolean one = profile != null && !profile.isBlank();
        ValidationReport report = one
                ? validate.profile(profile).orElseThrow(() -> NotFound.profile(profile))
                : validate.house();
        model.addAttribute("view", ValidationPage.of(report, ValidationPage.severity(severity).orElse(null), one));
        model.addAttribute("nav", "validatie");
        return "validation/report";
    }

    /** The validation box of a profile page, loaded after the page itself (htmx); also readable alone. */
    @GetMapping("/profielen/{code}")
    String box(@PathVariable String code, Model model) {
        ValidationReport report = validate.profile(code).orElseThrow(() -> NotFound.profile(code));
        model.addAttribute("items", ValidationPage.items(report));
        model.addAttribute("counts", ValidationPage.Counts.of(report));
        model.addAttribute("slug", report.profiles().getFirst().code().slug());
        model.addAttribute("switchedOff", report.switchedOff().size());
        return "validation/box :: box";
    }
}
