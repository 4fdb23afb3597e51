package nl.functiehuis.importer.booklet;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.functiehuis.competency.BehaviourLevel;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.importer.ParsedDocument;
import nl.functiehuis.importer.blocks.Location;
import nl.functiehuis.importer.booklet.front.FrontMatterProjection;
import nl.functiehuis.importer.booklet.front.Matrix;
import nl.functiehuis.importer.booklet.front.MatrixColumn;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Projects a parsed booklet into the whole shape of ../shared/expected/004_*.json: the front matter (by
 * {@link FrontMatterProjection}), the dictionary and the profiles (values from the domain drafts where the
 * domain has them, else from {@link BookletFacts}), what ties them together ({@link FrontLinksProjection}),
 * and every inconsistency the front matter and the profile texts reported.
 */
public final class BookletProjection {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern EDUCATION_PHRASE = Pattern.compile("^(.*?\\b(?:MBO|HBO|WO)\\b(?:\\s+niveau\\s+\\d)?)");

    private BookletProjection() {}

    public static ObjectNode project(ParsedDocument parsed) {
        BookletFacts facts = (BookletFacts) parsed.facts();
        CompetencyDictionary dictionary = parsed.draft().dictionaries().get(0);
        List<FunctionProfile> profiles = parsed.draft().profiles().stream().map(DraftProfile::profile).toList();
        ObjectNode root = FrontMatterProjection.project(facts.front());
        root.set("competencyDictionary", dictionary(dictionary, profiles, facts.front().matrix()));
        ArrayNode out = root.putArray("profiles");
        for (int i = 0; i < facts.profiles().size(); i++) {
            ProfileFacts p = facts.profiles().get(i);
            FunctionProfile profile = profiles.stream().filter(f -> f.code().value().equals(p.codeText())).findFirst().orElseThrow();
            out.add(BookletProfileProjection.profile(i + 1, p, profile, facts.links().profiles().get(i), parsed, dictionary, profiles));
        }
        FrontLinksProjection.wire(root, parsed, facts);
        ArrayNode inconsistencies = (ArrayNode) root.get("documentInconsistencies");
        for (Inconsistency inconsistency : facts.inconsistencies()) {
            ObjectNode entry = inconsistencies.addObject();
            entry.put("kind", inconsistency.kind().name());
            entry.put("description", inconsistency.description());
            ArrayNode readings = entry.putArray("readings");
            inconsistency.readings().forEach(r -> readings.addObject().put("text", r.text()).put("line", r.at().number()));
        }
        return root;
    }

    private static ObjectNode dictionary(CompetencyDictionary dictionary, List<FunctionProfile> profiles, Matrix matrix) {
        ObjectNode node = JSON.objectNode();
        List<Competency> described = dictionary.competencies().stream().filter(Competency::described).toList();
        node.put("count", described.size());
        ArrayNode items = node.putArray("items");
        for (Competency c : described) {
            ObjectNode item = items.addObject();
            item.put("name", c.name());
            item.put("matrixHeaderName", matrix.column(c.name()).map(MatrixColumn::name).orElse(null));
            item.put("dimension", dictionary.dimension(c.dimension()).orElseThrow().name());
            item.put("definitionStartsWith", c.definition());
            ArrayNode levels = item.putArray("levels");
            for (BehaviourLevel l : c.levels()) {
                long used = profiles.stream().filter(p -> p.requirements().contains(new CompetencyRequirement(c.name(), l.letter()))).count();
                levels.addObject().put("level", l.letter().name()).put("levelName", l.name())
                        .put("indicatorCount", l.indicators().size()).put("usedInProfiles", used);
            }
        }
        return node;
    }

    static NormContent content(FunctionProfile profile) {
        return switch (profile) {
            case NormFunction n -> n.content();
            case EnrichedProfile e -> e.content();
            default -> throw new IllegalStateException("geen normfunctie: " + profile.code());
        };
    }

    static ObjectNode education(MinimumEducation education) {
        ObjectNode node = JSON.objectNode();
        Matcher m = EDUCATION_PHRASE.matcher(education.text());
        node.put("text", m.find() ? m.group(1) : education.text());
        if (education.level() == null) {
            node.putNull("mboLevel");
        } else {
            node.put("mboLevel", education.level().level());
        }
        node.put("fullLineStartsWith", education.text());
        return node;
    }

    static Integer line(Location at) {
        return at.number();
    }
}
