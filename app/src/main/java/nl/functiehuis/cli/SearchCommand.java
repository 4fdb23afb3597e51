package nl.functiehuis.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.functiehuis.application.SearchProfiles;
import nl.functiehuis.json.HouseJson;
import nl.functiehuis.search.Facet;
import nl.functiehuis.search.SearchRequest;
import nl.functiehuis.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches the profiles and prints the hits with their snippet, and the facet counts. */
@Command(name = "search",
        description = {"Zoek functieprofielen op woorden uit alle tekst, competenties, kwalificaties of code.",
                "Elk woord moet voorkomen; stamvormen en samenstellingen tellen mee ('medewerker' vindt"
                        + " 'beleidsmedewerker', 'klantgericht' vindt 'Klantgerichtheid')."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    HelpOption help = new HelpOption();

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "WOORD", arity = "1..*", description = "Zoekwoorden; \"…\" tussen aanhalingstekens zoekt een zinsdeel.")
    List<String> words = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Hoeveel treffers (1–100, standaard: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--filter", paramLabel = "FACET=WAARDE",
            description = "Alleen profielen met deze waarde, bijv. group=\"N06.01 Publiek\" of level=Klantgerichtheid:B."
                    + " Facetten: series, group, kind, status, scale, competency, level. Herhaalbaar.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--json", description = "Schrijf de resultaten als JSON naar standaarduitvoer.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var request = new SearchRequest(String.join(" ", words), filters(), limit, false);
        SearchResults results;
        String text;
        try (var context = Boot.start(data, false, Map.of())) {
            results = context.getBean(SearchProfiles.class).search(request);
            text = json ? context.getBean(HouseJson.class).write(SearchText.json(request.text(), results)) : "";
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(text);
        } else {
            SearchText.print(request.text(), results, out);
        }
        return Cli.OK;
    }

    private Map<Facet, List<String>> filters() {
        Map<Facet, List<String>> map = new EnumMap<>(Facet.class);
        for (String filter : filters) {
            int eq = filter.indexOf('=');
            Optional<Facet> facet = eq < 0 ? Optional.empty() : Facet.byKey(filter.substring(0, eq).strip());
            if (facet.isEmpty()) {
                throw new BadInput("--filter", "'" + filter + "' is geen FACET=WAARDE met facet series, group, kind,"
                        + " status, scale, competency of level");
            }
            map.computeIfAbsent(facet.get(), f -> new ArrayList<>()).add(filter.substring(eq + 1));
        }
        return map;
    }
}
