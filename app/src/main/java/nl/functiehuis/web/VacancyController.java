package nl.functiehuis.web;

import java.security.Principal;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.application.CreateVacancy;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.vacancy.SavedVacancy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vacancies: the list, one vacancy with every field, and making one from a profile version. */
@Controller
@RequestMapping("/vacatures")
class VacancyController {
    private final BrowseVacancies browse;
    private final CreateVacancy create;

    VacancyController(BrowseVacancies browse, CreateVacancy create) {
        this.browse = browse;
        this.create = create;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("vacancies", browse.list().stream().map(VacancyPage::of).toList());
        model.addAttribute("nav", "vacatures");
        return "vacancy/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("page", VacancyPage.of(find(id)));
        model.addAttribute("nav", "vacatures");
        return "vacancy/page";
    }

    @PostMapping
    String fromProfile(@RequestParam String profile, @RequestParam(required = false) @Nullable Integer version,
            Principal principal, RedirectAttributes redirect) {
        try {
            SavedVacancy saved = create.fromProfile(profile, version, principal.getName());
            redirect.addFlashAttribute("flash", "Conceptvacature gemaakt uit profiel " + saved.vacancy().profileCode()
                    + " versie " + saved.vacancy().profileVersion() + ". Vul het aanbod, de eisen en de wensen aan.");
            return "redirect:/vacatures/" + saved.id() + "/bewerken";
        } catch (InvalidInput e) {
            throw new NotFound("Geen vacature gemaakt: " + e.problems().getFirst().message() + ".");
        }
    }

    private SavedVacancy find(String id) {
        return browse.find(id).orElseThrow(() -> new NotFound("Er is geen vacature met id '" + id + "'."));
    }
}
