package nl.functiehuis.web;

import java.security.Principal;
import java.util.List;
import nl.functiehuis.InvalidValue;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.SaveProfile;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.StaleEdit;
import nl.functiehuis.json.HouseJson;
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
 * Editing a profile: every save is a new version. A refused save shows the form again as typed, with
 * each problem next to its field; a save on top of an outdated version is refused as a conflict.
 */
@Controller
@RequestMapping("/profielen/{code}/bewerken")
class EditController {
    private final BrowseHouse browse;
    private final SaveProfile saveProfile;
    private final HouseJson json;
    private final EditPages pages;

    EditController(BrowseHouse browse, SaveProfile saveProfile, HouseJson json, EditPages pages) {
        this.browse = browse;
        this.saveProfile = saveProfile;
        this.json = json;
        this.pages = pages;
    }

    @GetMapping
    String form(@PathVariable String code, Model model) {
        ProfileVersion latest = latest(code);
        EditForm form = FormFiller.of(latest, json.write(latest.profile()));
        return pages.show(model, latest, latest, form, List.of(), null);
    }

    @PostMapping
    String save(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Principal principal,
            Model model, RedirectAttributes redirect) {
        ProfileVersion latest = latest(code);
        EditForm form = EditForm.from(params);
        ProfileVersion base = browse.version(code, form.basedOn()).orElse(latest);
        return switch (FormReader.read(form, base.profile(), json)) {
            case FormReader.Result.Refused r -> pages.show(model, latest, base, form, r.problems(), null);
            case FormReader.Result.Ready r -> {
                try {
                    ProfileVersion saved = saveProfile.save(r.edit(), principal.getName());
                    redirect.addFlashAttribute("flash", "Opgeslagen als versie " + saved.number() + ".");
                    yield "redirect:/profielen/" + saved.code().slug();
                } catch (InvalidInput e) {
                    yield pages.show(model, latest, base, form, r.fields().translate(e.problems()), null);
                } catch (InvalidValue e) {
                    var problem = new Problem("profile." + e.field(), e.problem());
                    yield pages.show(model, latest, base, form, r.fields().translate(List.of(problem)), null);
                } catch (StaleEdit e) {
                    ProfileVersion newer = browse.version(code, e.latest()).orElse(latest(code));
                    var conflict = new EditView.Conflict(e.basedOn(), newer);
                    yield pages.show(model, newer, base, form, List.of(), conflict);
                }
            }
        };
    }

    private ProfileVersion latest(String code) {
        return browse.latest(code).orElseThrow(() -> NotFound.profile(code));
    }
}
