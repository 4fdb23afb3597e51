package nl.functiehuis.web;

import java.nio.charset.StandardCharsets;
import nl.functiehuis.application.EducationOverview;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.education.ProfileFit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Education pages: the NLQF levels and the MBO mapping, the qualification catalogue, the demand overview (also
 * as CSV), and the qualifications that fit one profile, as a page and as the box the profile page loads.
 */
@Controller
@RequestMapping("/onderwijs")
class EducationController {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final EducationOverview education;

    EducationController(EducationOverview education) {
        this.education = education;
    }

    @GetMapping
    String nlqf(Model model) {
        model.addAttribute("levels", education.nlqfLevels());
        model.addAttribute("mapping", education.mapping());
        model.addAttribute("nav", "onderwijs");
        return "education/nlqf";
    }

    @GetMapping("/kwalificaties")
    String qualifications(Model model) {
        model.addAttribute("qualifications", education.qualifications());
        model.addAttribute("nav", "onderwijs");
        return "education/qualifications";
    }

    @GetMapping("/vraag")
    String demand(Model model) {
        model.addAttribute("demand", education.demand());
        model.addAttribute("letters", LevelLetter.values());
        model.addAttribute("nav", "onderwijs");
        return "education/demand";
    }

    @GetMapping("/vraag.csv")
    ResponseEntity<String> demandCsv() {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("onderwijsvraag.csv").build().toString())
                .body(education.demandCsv());
    }

    @GetMapping("/profielen/{code}")
    String profile(@PathVariable String code, Model model) {
        model.addAttribute("fit", fit(code));
        model.addAttribute("nav", "onderwijs");
        return "education/profile";
    }

    /** The profile page's box, loaded after the page so that the page itself stays quick. */
    @GetMapping("/profielen/{code}/blok")
    String box(@PathVariable String code, Model model) {
        model.addAttribute("fit", fit(code));
        return "education/box :: filled";
    }

    private ProfileFit fit(String code) {
        return education.fit(code).orElseThrow(() -> NotFound.profile(code));
    }
}
