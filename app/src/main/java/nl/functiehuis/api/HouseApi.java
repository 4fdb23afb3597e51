package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.application.ExportHouse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The house as a whole: its overview and its complete export. */
@RestController
@Tag(name = "Functiehuis", description = "Overzicht en volledige export van het functiehuis")
class HouseApi {
    private final BrowseHouse browse;
    private final ExportHouse export;

    HouseApi(BrowseHouse browse, ExportHouse export) {
        this.browse = browse;
        this.export = export;
    }

    @GetMapping(path = "/api/house", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Naam, aantallen en de boom functiereeks → functiegroep → profiel")
    HouseView house() {
        return HouseView.of(browse.tree());
    }

    @GetMapping(path = "/api/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Het hele functiehuis met alle versies (formaat functiehuis/1), zoals de opdracht export;"
            + " alleen voor aangemelde gebruikers (bevat geïmporteerde documenten, importverslagen en gebruikersnamen)")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(export.json());
    }
}
