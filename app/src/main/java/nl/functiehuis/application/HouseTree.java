package nl.functiehuis.application;

import java.util.List;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;

/** The function house as a tree: series → groups → profiles, plus profiles outside any group. */
public record HouseTree(String name, List<SeriesNode> series, List<ProfileSummary> ungrouped, Counts counts) {

    public record SeriesNode(FunctionSeries series, List<GroupNode> groups) {
        public int profileCount() {
            return groups.stream().mapToInt(g -> g.profiles().size()).sum();
        }
    }

    public record GroupNode(FunctionGroup group, List<ProfileSummary> profiles) {}

    public record Counts(int profiles, int versions, int competencies, int dictionaries, int qualifications) {}
}
