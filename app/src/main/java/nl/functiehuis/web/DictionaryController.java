package nl.functiehuis.web;

import java.util.List;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.Dimension;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The competency dictionaries: their dimensions, competencies, behaviour levels and indicators. */
@Controller
class DictionaryController {
    private final BrowseHouse browse;

    DictionaryController(BrowseHouse browse) {
        this.browse = browse;
    }

    /** A dimension with the competencies of the dictionary that belong to it. */
    record Section(Dimension dimension, List<Competency> competencies) {}

    @GetMapping("/woordenboek")
    String list(Model model) {
        model.addAttribute("dictionaries", browse.dictionaries());
        model.addAttribute("nav", "woordenboek");
        return "dictionary/list";
    }

    @GetMapping("/woordenboek/{id}")
    String show(@PathVariable String id, Model model) {
        CompetencyDictionary dictionary = find(id);
        model.addAttribute("dictionary", dictionary);
        model.addAttribute("sections", dictionary.dimensions().stream()
                .map(d -> new Section(d, dictionary.inDimension(d.code()))).toList());
        model.addAttribute("nav", "woordenboek");
        return "dictionary/show";
    }

    /** A fragment for the edit form (loaded with htmx): the chosen competency's definition and level. */
    @GetMapping("/woordenboek/{id}/uitleg")
    String explain(@PathVariable String id, @RequestParam(defaultValue = "") String competency,
            @RequestParam(defaultValue = "") String level, Model model) {
        CompetencyDictionary dictionary = find(id);
        model.addAttribute("preview", competency.isBlank() ? null
                : RequirementView.of(competency, RequirementView.letter(level), dictionary));
        return "edit/preview :: preview";
    }

    private CompetencyDictionary find(String id) {
        return browse.dictionary(id).orElseThrow(() -> NotFound.dictionary(id));
    }
}
