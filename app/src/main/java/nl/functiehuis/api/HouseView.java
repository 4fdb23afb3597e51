package nl.functiehuis.api;

import java.util.List;
import nl.functiehuis.application.HouseTree;
import nl.functiehuis.application.ProfileSummary;
import org.jspecify.annotations.Nullable;

/** The function house at a glance: name, counts and the series → groups → profiles tree. */
record HouseView(String name, HouseTree.Counts counts, List<Series> series, List<ProfileItem> ungrouped) {

    record Series(String code, String name, @Nullable String description, List<Group> groups) {}

    record Group(String code, String name, @Nullable String description, List<ProfileItem> profiles) {}

    static HouseView of(HouseTree tree) {
        List<Series> series = tree.series().stream().map(s -> new Series(s.series().code(), s.series().name(),
                s.series().description(), s.groups().stream().map(HouseView::group).toList())).toList();
        return new HouseView(tree.name(), tree.counts(), series, items(tree.ungrouped()));
    }

    private static Group group(HouseTree.GroupNode g) {
        return new Group(g.group().code(), g.group().name(), g.group().description(), items(g.profiles()));
    }

    private static List<ProfileItem> items(List<ProfileSummary> summaries) {
        return summaries.stream().map(ProfileItem::of).toList();
    }
}
