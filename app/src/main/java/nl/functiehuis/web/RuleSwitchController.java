package nl.functiehuis.web;

import java.security.Principal;
import java.util.Locale;
import nl.functiehuis.application.SwitchRule;
import nl.functiehuis.application.ValidateHouse;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rules with their switches, and switching one off (with a reason) or on again. */
@Controller
@RequestMapping("/validatie/regels")
class RuleSwitchController {
    private final ValidateHouse validate;
    private final SwitchRule switchRule;

    RuleSwitchController(ValidateHouse validate, SwitchRule switchRule) {
        this.validate = validate;
        this.switchRule = switchRule;
    }

    /** A refused switch: which rule, and why, to show next to its form. */
    record SwitchError(String ruleId, String message) {}

    @GetMapping
    String rules(Model model) {
        return page(model, null);
    }

    @PostMapping("/{id}")
    String change(@PathVariable String id, @RequestParam(name = "stand") String position,
            @RequestParam(name = "reden", required = false) @Nullable String reason, Principal principal, Model model,
            RedirectAttributes redirect) {
        boolean off = position.strip().toLowerCase(Locale.ROOT).equals("uit");
        try {
            var setting = off ? switchRule.switchOff(id, reason, principal.getName())
                    : switchRule.switchOn(id, reason, principal.getName());
            redirect.addFlashAttribute("flash", "Regel " + setting.ruleId() + (off ? " is uitgeschakeld." : " is weer ingeschakeld."));
            return "redirect:/validatie/regels#regel-" + setting.ruleId();
        } catch (InvalidInput e) {
            String message = e.problems().stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("");
            return page(model, new SwitchError(id, message));
        }
    }

    private String page(Model model, @Nullable SwitchError error) {
        model.addAttribute("rules", validate.rules());
        model.addAttribute("history", validate.history());
        model.addAttribute("error", error);
        model.addAttribute("nav", "validatie");
        return "validation/rules";
    }
}
