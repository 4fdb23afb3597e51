package nl.functiehuis.importer.booklet;

import java.util.List;
import java.util.stream.Collectors;
import nl.functiehuis.competency.Competency;
import nl.functiehuis.competency.CompetencyDictionary;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.importer.blocks.Spelling;
import nl.functiehuis.importer.booklet.QualificationLinker.Linked;
import nl.functiehuis.profile.CriticalSituation;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.QualificationLink;
import nl.functiehuis.profile.Topic;
import org.jspecify.annotations.Nullable;

/**
 * Turns a profile text into a domain profile: a norm function, or an enriched profile when its code has
 * a suffix ("/VP"). The NLQF level is not part of the profile text: it comes from the NLQF tables of part 2
 * (an enriched profile has no place for it in the domain; its link in the facts keeps its base's level).
 */
final class ProfileBuilder {
    /** A topic's name stands before a colon within this many characters. */
    private static final int MAX_TOPIC_NAME = 80;

    private ProfileBuilder() {}

    static FunctionProfile build(ProfileFacts p, CompetencyDictionary dictionary, List<Linked> links, QualificationCatalog catalog,
            @Nullable String nlqfLevel) {
        BookletCode code = BookletCode.of(p.codeText());
        String title = DisplayCase.title(p.name().text());
        NormContent content = new NormContent(
                p.characteristics().stream().map(Written::text).toList(),
                p.criticalSituations().stream().map(s -> new CriticalSituation(s.title().text(),
                        s.description().isBlank() ? s.title().text() : s.description())).toList(),
                p.competencies().stream().map(c -> new CompetencyRequirement(name(c.name().text(), dictionary), c.letter())).toList(),
                p.knowledge().stream().map(ProfileBuilder::topic).toList(),
                p.skills().stream().map(ProfileBuilder::topic).toList(),
                EducationText.of(p.education()));
        if (!code.enriched()) {
            return new NormFunction(ProfileCode.of(code.written()), title, code.groupCode(), dictionary.id(), nlqfLevel, content);
        }
        List<QualificationLink> qualifications = links.stream().map(l -> link(l, catalog)).toList();
        return new EnrichedProfile(ProfileCode.of(code.written()), title, subtitle(p.subtitle()), ProfileCode.of(code.base()),
                code.groupCode(), dictionary.id(), content, qualifications);
    }

    private static QualificationLink link(Linked l, QualificationCatalog catalog) {
        return new QualificationLink(catalog.nameOf(l.row().name().text()), l.row().mboLevel(),
                l.role() == null ? null : join(l.role().role()),
                l.role() == null ? null : join(l.role().complexity()),
                l.extra() == null ? List.of() : l.extra().items().stream().map(Written::text).toList());
    }

    private static String name(String written, CompetencyDictionary dictionary) {
        return Spelling.closest(written, dictionary.competencies().stream().map(Competency::name).toList())
                .map(Spelling.Match::candidate).orElse(written);
    }

    static Topic topic(Written line) {
        String t = line.text();
        int colon = t.indexOf(':');
        if (colon > 0 && colon <= MAX_TOPIC_NAME) {
            return new Topic(t.substring(0, colon), t.substring(colon + 1));
        }
        return new Topic(t, null);
    }

    private static @Nullable String subtitle(@Nullable Written subtitle) {
        if (subtitle == null) {
            return null;
        }
        String t = subtitle.text();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1);
        }
        return DisplayCase.sentence(t);
    }

    private static @Nullable String join(List<Written> paragraphs) {
        String joined = paragraphs.stream().map(Written::text).collect(Collectors.joining("\n"));
        return joined.isBlank() ? null : joined;
    }
}
