package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.functiehuis.application.ReportDocument;
import nl.functiehuis.application.ValidateHouse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The validation report of the whole house or of one profile. */
@RestController
@Tag(name = "Validatie", description = "Het functiehuis getoetst aan de methoderegels")
class ValidationApi {
    private final ValidateHouse validate;

    ValidationApi(ValidateHouse validate) {
        this.validate = validate;
    }

    @GetMapping(path = "/api/validation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Validatierapport: totalen, overtredingen (fout, waarschuwing, info) en de regels met hun schakelaar."
            + " 'valid' is false zodra er een fout is.")
    ReportDocument report(@Parameter(description = "Alleen dit profiel (code, slug of niveaucode)")
            @RequestParam(required = false) @Nullable String profile) {
        if (profile == null || profile.isBlank()) {
            return ReportDocument.of(validate.house(), null);
        }
        var report = validate.profile(profile)
                .orElseThrow(() -> new NotFound("Er is geen functieprofiel met code '" + profile + "'."));
        return ReportDocument.of(report, report.profiles().getFirst().code().value());
    }
}
