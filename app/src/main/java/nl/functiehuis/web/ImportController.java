package nl.functiehuis.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.application.ImportDocuments;
import nl.functiehuis.application.ImportOutcome;
import nl.functiehuis.application.ImportSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading documents: each file is imported on its own, all or nothing. The report is kept in the
 * session and shown after a redirect, so reloading it never imports twice.
 */
@Controller
@RequestMapping("/importeren")
class ImportController {
    private static final String REPORT = ImportController.class.getName() + ".report";

    private final ImportDocuments importer;
    private final UploadLimits limits;

    ImportController(ImportDocuments importer, UploadLimits limits) {
        this.importer = importer;
        this.limits = limits;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("nav", "importeren");
        model.addAttribute("limits", limits);
        return "import/form";
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(name = "bestanden", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(name = "proef", defaultValue = "false") boolean dryRun, Principal principal,
            HttpSession session, Model model) {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(ImportController::chosen).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("problem", "Kies ten minste één bestand om te importeren.");
            return form(model);
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            outcomes.add(importOne(chosen.get(i), i, principal.getName(), dryRun));
        }
        session.setAttribute(REPORT, ImportReport.of(ImportSummary.of(dryRun, outcomes)));
        return "redirect:/importeren/rapport";
    }

    @GetMapping("/rapport")
    String report(HttpSession session, Model model) {
        if (!(session.getAttribute(REPORT) instanceof ImportReport report)) {
            return "redirect:/importeren";
        }
        model.addAttribute("report", report);
        model.addAttribute("nav", "importeren");
        return "import/report";
    }

    private ImportOutcome importOne(MultipartFile file, int index, String author, boolean dryRun) {
        String name = UploadSizes.fileName(file.getOriginalFilename(), index);
        if (file.getSize() > limits.maxDocument()) {
            return ImportOutcome.unreadable(name, dryRun, name + ": het bestand is " + UploadSizes.describe(file.getSize())
                    + "; een document mag hoogstens " + limits.document() + " zijn.");
        }
        try {
            return importer.importDocument(name, file.getBytes(), author, dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser sends an empty part without a name when no file was chosen. */
    private static boolean chosen(MultipartFile file) {
        return !file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank());
    }
}
