package nl.functiehuis.web;

import nl.functiehuis.application.BrowseHouse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the function house as a tree of series, groups and profiles, with counts. */
@Controller
class HomeController {
    private final BrowseHouse browse;

    HomeController(BrowseHouse browse) {
        this.browse = browse;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tree", browse.tree());
        model.addAttribute("nav", "huis");
        return "home";
    }
}
