package nl.functiehuis.importer.levelled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.importer.blocks.Location;

/**
 * An organisation chart kept as a mermaid graph ("graph TD  A[Hoofd] --> B[Manager] …"): its header as
 * written, its node labels, and the chain from the top node down along the first edge of each node.
 */
public record OrgChart(String header, List<String> nodes, List<String> chainTopDown, Location at) {
    private static final Pattern HEADER = Pattern.compile("^\\s*((?:graph|flowchart)\\s+(?:TD|TB|BT|LR|RL))\\b");
    private static final Pattern NODE = Pattern.compile("(\\w+)\\s*[\\[(]{1,2}\"?([^\\])\"]+)\"?[\\])]{1,2}");
    private static final Pattern EDGE = Pattern.compile(
            "(\\w+)(?:\\s*[\\[(]{1,2}[^\\])]*[\\])]{1,2})?\\s*-{2,}>\\s*(?:\\|[^|]*\\|\\s*)?(\\w+)");

    public OrgChart {
        nodes = List.copyOf(nodes);
        chainTopDown = List.copyOf(chainTopDown);
    }

    /** The chart a text holds, if it starts as a mermaid graph with at least one edge. */
    static Optional<OrgChart> parse(String text, Location at) {
        Matcher header = HEADER.matcher(text);
        if (!header.find()) {
            return Optional.empty();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher node = NODE.matcher(text);
        while (node.find()) {
            labels.putIfAbsent(node.group(1), node.group(2).strip());
        }
        Map<String, String> firstEdge = new LinkedHashMap<>();
        List<String> targets = new ArrayList<>();
        Matcher edge = EDGE.matcher(text);
        while (edge.find()) {
            firstEdge.putIfAbsent(edge.group(1), edge.group(2));
            targets.add(edge.group(2));
            edge.region(edge.start(2), text.length());
        }
        if (firstEdge.isEmpty()) {
            return Optional.empty();
        }
        String top = firstEdge.keySet().stream().filter(id -> !targets.contains(id)).findFirst()
                .orElse(firstEdge.keySet().iterator().next());
        List<String> chain = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String id = top; id != null && !seen.contains(id); id = firstEdge.get(id)) {
            seen.add(id);
            chain.add(labels.getOrDefault(id, id));
        }
        return Optional.of(new OrgChart(header.group(1), List.copyOf(labels.values()), chain, at));
    }
}
