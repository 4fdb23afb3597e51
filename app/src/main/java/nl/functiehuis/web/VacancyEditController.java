package nl.functiehuis.web;

import java.security.Principal;
import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.application.BrowseVacancies;
import nl.functiehuis.application.EditVacancy;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import nl.functiehuis.vacancy.SavedVacancy;
import nl.functiehuis.vacancy.StaleVacancy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a vacancy. A refused save shows the form again as typed with each problem next to its field; a save
 * on top of an outdated revision is refused and says who saved meanwhile. Nothing is half saved.
 */
@Controller
@RequestMapping("/vacatures/{id}/bewerken")
class VacancyEditController {
    private final BrowseVacancies browse;
    private final EditVacancy edit;

    VacancyEditController(BrowseVacancies browse, EditVacancy edit) {
        this.browse = browse;
        this.edit = edit;
    }

    @GetMapping
    String form(@PathVariable String id, Model model) {
        SavedVacancy stored = find(id);
        return show(model, new VacancyEdit(stored, VacancyForm.of(stored), VacancyErrors.of(List.of()), null));
    }

    @PostMapping
    String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Principal principal,
            Model model, RedirectAttributes redirect) {
        SavedVacancy stored = find(id);
        VacancyForm form = VacancyForm.from(params);
        return switch (VacancyFormReader.read(form, stored.vacancy())) {
            case VacancyFormReader.Result.Refused r -> show(model, refused(stored, form, r.problems()));
            case VacancyFormReader.Result.Ready r -> {
                try {
                    SavedVacancy saved = edit.edit(id, r.vacancy(), r.revision(), principal.getName());
                    redirect.addFlashAttribute("flash", "Vacature opgeslagen (revisie " + saved.revision() + ").");
                    yield "redirect:/vacatures/" + id;
                } catch (InvalidInput e) {
                    yield show(model, refused(stored, form, e.problems()));
                } catch (InvalidValue e) {
                    yield show(model, refused(stored, form, List.of(new Problem(e.field(), e.problem()))));
                } catch (StaleVacancy e) {
                    yield show(model, new VacancyEdit(stored, form, VacancyErrors.of(List.of()), find(id)));
                }
            }
        };
    }

    private static VacancyEdit refused(SavedVacancy stored, VacancyForm form, List<Problem> problems) {
        return new VacancyEdit(stored, form, VacancyErrors.of(problems), null);
    }

    private static String show(Model model, VacancyEdit page) {
        model.addAttribute("edit", page);
        model.addAttribute("nav", "vacatures");
        return "vacancy/edit";
    }

    private SavedVacancy find(String id) {
        return browse.find(id).orElseThrow(() -> new NotFound("Er is geen vacature met id '" + id + "'."));
    }
}
