package nl.functiehuis.web;

import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.CompareProfiles;
import nl.functiehuis.comparison.VersionDiff;
import nl.functiehuis.house.ProfileVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What changed between two versions of one profile, linked from its version history. */
@Controller
class VersionDiffController {
    private final CompareProfiles compare;
    private final BrowseHouse browse;

    VersionDiffController(CompareProfiles compare, BrowseHouse browse) {
        this.compare = compare;
        this.browse = browse;
    }

    @GetMapping("/profielen/{code}/versies/{from}/verschil/{to}")
    String diff(@PathVariable String code, @PathVariable int from, @PathVariable int to, Model model) {
        ProfileVersion latest = browse.latest(code).orElseThrow(() -> NotFound.profile(code));
        VersionDiff diff = compare.versions(code, from, to).orElseThrow(() -> NotFound.version(code,
                browse.version(code, from).isEmpty() ? from : to));
        model.addAttribute("latest", latest);
        model.addAttribute("slug", latest.code().slug());
        model.addAttribute("diff", diff);
        model.addAttribute("changes", diff.changes().stream().map(ChangeView::of).toList());
        model.addAttribute("nav", "huis");
        return "profile/diff";
    }
}
