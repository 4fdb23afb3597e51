package nl.functiehuis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.functiehuis.application.BrowseHouse;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.competency.LevelScale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The competency dictionaries of the house. */
@RestController
@RequestMapping(path = "/api/dictionaries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Woordenboeken", description = "Competentiewoordenboeken met dimensies, competenties en gedragsniveaus")
class DictionaryApi {
    private final BrowseHouse browse;

    DictionaryApi(BrowseHouse browse) {
        this.browse = browse;
    }

    @GetMapping
    @Operation(summary = "Alle woordenboeken, kort")
    List<DictionaryItem> list() {
        return browse.dictionaries().stream().map(DictionaryItem::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén woordenboek, volledig")
    CompetencyDictionary dictionary(@PathVariable String id) {
        return browse.dictionary(id).orElseThrow(() -> new NotFound("Geen competentiewoordenboek met id '" + id + "'"));
    }

    /** A dictionary in brief. */
    record DictionaryItem(String id, String name, LevelScale scale, List<Dimension> dimensions, int competencyCount,
            Links links) {
        static DictionaryItem of(CompetencyDictionary d) {
            return new DictionaryItem(d.id(), d.name(), d.scale(), d.dimensions(), d.competencies().size(),
                    new Links("/api/dictionaries/" + d.id(), null));
        }
    }
}
