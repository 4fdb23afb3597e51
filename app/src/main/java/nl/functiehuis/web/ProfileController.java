package nl.functiehuis.web;

import java.util.List;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.house.ProfileVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A profile's latest version, any older version, and its version history. */
@Controller
@RequestMapping("/profielen/{code}")
class ProfileController {
    private final BrowseHouse browse;
    private final ProfileViews views;

    ProfileController(BrowseHouse browse, ProfileViews views) {
        this.browse = browse;
        this.views = views;
    }

    @GetMapping
    String latest(@PathVariable String code, Model model) {
        ProfileVersion latest = browse.latest(code).orElseThrow(() -> NotFound.profile(code));
        return show(latest, latest, code, model);
    }

    @GetMapping("/versies/{number}")
    String version(@PathVariable String code, @PathVariable int number, Model model) {
        ProfileVersion latest = browse.latest(code).orElseThrow(() -> NotFound.profile(code));
        ProfileVersion version = browse.version(code, number).orElseThrow(() -> NotFound.version(code, number));
        return show(version, latest, code, model);
    }

    @GetMapping("/versies")
    String history(@PathVariable String code, Model model) {
        List<ProfileVersion> versions = browse.history(code);
        if (versions.isEmpty()) {
            throw NotFound.profile(code);
        }
        ProfileVersion latest = versions.getLast();
        model.addAttribute("latest", latest);
        model.addAttribute("slug", latest.code().slug());
        model.addAttribute("versions", versions.reversed());
        model.addAttribute("nav", "huis");
        return "profile/history";
    }

    private String show(ProfileVersion version, ProfileVersion latest, String code, Model model) {
        model.addAttribute("page", views.page(version, latest.number(), code));
        model.addAttribute("nav", "huis");
        return "profile/page";
    }
}
