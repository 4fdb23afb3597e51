package nl.functiehuis.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.house.SalaryScale;

/** Read-only questions about the function house. */
public final class BrowseHouse {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;

    public BrowseHouse(FunctionProfiles profiles, HouseCatalog catalog) {
        this.profiles = profiles;
        this.catalog = catalog;
    }

    public HouseTree tree() {
        List<ProfileSummary> all = list();
        List<FunctionSeries> series = catalog.series();
        List<HouseTree.SeriesNode> nodes = new ArrayList<>();
        List<ProfileSummary> placed = new ArrayList<>();
        for (FunctionSeries s : series) {
            List<HouseTree.GroupNode> groups = new ArrayList<>();
            for (var g : s.groups()) {
                List<ProfileSummary> inGroup = all.stream().filter(p -> g.code().equals(p.groupCode())).toList();
                placed.addAll(inGroup);
                groups.add(new HouseTree.GroupNode(g, inGroup));
            }
            nodes.add(new HouseTree.SeriesNode(s, groups));
        }
        List<ProfileSummary> ungrouped = all.stream().filter(p -> !placed.contains(p)).toList();
        List<CompetencyDictionary> dictionaries = catalog.dictionaries();
        int competencies = dictionaries.stream().mapToInt(d -> d.competencies().size()).sum();
        var counts = new HouseTree.Counts(all.size(), profiles.all().size(), competencies, dictionaries.size(),
                catalog.qualifications().size());
        return new HouseTree(catalog.name(), nodes, ungrouped, counts);
    }

    public List<ProfileSummary> list() {
        return profiles.latestOfAll().stream().map(ProfileSummary::of).toList();
    }

    public Optional<ProfileVersion> latest(String code) {
        return profiles.latest(code);
    }

    public Optional<ProfileVersion> version(String code, int number) {
        return profiles.version(code, number);
    }

    public List<ProfileVersion> history(String code) {
        return profiles.history(code);
    }

    public List<CompetencyDictionary> dictionaries() {
        return catalog.dictionaries();
    }

    public Optional<CompetencyDictionary> dictionary(String id) {
        return catalog.dictionary(id);
    }

    public List<FunctionSeries> series() {
        return catalog.series();
    }

    public List<Qualification> qualifications() {
        return catalog.qualifications();
    }

    public List<SalaryScale> scales() {
        return catalog.scales();
    }

    public String houseName() {
        return catalog.name();
    }
}
