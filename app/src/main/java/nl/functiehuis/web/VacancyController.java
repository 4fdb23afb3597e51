package nl.functiehuis.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.application.CreateVacancy;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.vacancy.SavedVacancy;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vacancies: the list, one vacancy with every field, and making one from a profile version. An unknown
 * profile or version shows the profile page again (or the list, when there is no such profile) with the reason, 400.
 */
@Controller
@RequestMapping("/vacatures")
class VacancyController {
    private final BrowseVacancies browse;
    private final CreateVacancy create;
    private final BrowseHouse house;
    private final ProfileViews profiles;

    VacancyController(BrowseVacancies browse, CreateVacancy create, BrowseHouse house, ProfileViews profiles) {
        this.browse = browse;
        this.create = create;
        this.house = house;
        this.profiles = profiles;
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
            Principal principal, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        try {
            SavedVacancy saved = create.fromProfile(profile, version, principal.getName());
            redirect.addFlashAttribute("flash", "Conceptvacature gemaakt uit profiel " + saved.vacancy().profileCode()
                    + " versie " + saved.vacancy().profileVersion() + ". Vul het aanbod, de eisen en de wensen aan.");
            return "redirect:/vacatures/" + saved.id() + "/bewerken";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "Geen vacature gemaakt: " + e.problems().getFirst().message() + ".");
            return refused(profile, model);
        }
    }

    /** The profile page the form came from, or the vacancy list when there is no such profile. */
    private String refused(String profile, Model model) {
        var latest = house.latest(profile);
        if (latest.isPresent()) {
            model.addAttribute("page", profiles.page(latest.get(), latest.get().number(), profile));
            model.addAttribute("nav", "huis");
            return "profile/page";
        }
        return list(model);
    }

    private SavedVacancy find(String id) {
        return browse.find(id).orElseThrow(() -> new NotFound("Er is geen vacature met id '" + id + "'."));
    }
}
