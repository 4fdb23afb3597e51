package nl.functiehuis.search;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.CriticalSituation;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FocusArea;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.LevelledRow;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.QualificationLink;
import nl.functiehuis.profile.ResultArea;
import nl.functiehuis.profile.Section;
import nl.functiehuis.profile.Topic;
import org.jspecify.annotations.Nullable;

/** Every text of a profile, one paragraph or item a value, in the order the profile page shows them. */
final class ProfileTexts {
    private final List<String> texts = new ArrayList<>();
    private final HouseContext context;

    private ProfileTexts(HouseContext context) {
        this.context = context;
    }

    static List<String> of(FunctionProfile profile, HouseContext context) {
        var t = new ProfileTexts(context);
        switch (profile) {
            case NormFunction n -> t.add(n.nlqfLevel() == null ? null : "NLQF " + n.nlqfLevel()).content(n, n.content());
            case EnrichedProfile e -> t.content(e, e.content()).qualifications(e.qualifications());
            case OrganisationProfile o -> t.organisation(o);
            case LevelledFamily f -> t.family(f);
            case GenericProfile g -> t.add(g.source()).sections(g.sections());
        }
        return List.copyOf(t.texts);
    }

    private ProfileTexts add(@Nullable String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
        return this;
    }

    private ProfileTexts addAll(List<String> items) {
        items.forEach(this::add);
        return this;
    }

    private ProfileTexts content(FunctionProfile p, NormContent c) {
        addAll(c.characteristics());
        for (CriticalSituation s : c.criticalSituations()) {
            add(s.title() + ": " + s.description());
        }
        for (CompetencyRequirement r : c.competencies()) {
            add(requirement(p, r));
        }
        c.knowledge().forEach(this::topic);
        c.skills().forEach(this::topic);
        if (c.minimumEducation() != null) {
            add(c.minimumEducation().text()).add(c.minimumEducation().ideal());
        }
        return this;
    }

    private String requirement(FunctionProfile p, CompetencyRequirement r) {
        if (r.level() == null) {
            return r.competency();
        }
        String name = p.dictionary() == null ? null
                : context.levelName(p.dictionary(), r.competency(), r.level()).orElse(null);
        return r.competency() + " (niveau " + r.level().name() + (name == null ? ")" : ": " + name + ")");
    }

    private void topic(Topic t) {
        add(t.description() == null ? t.name() : t.name() + ": " + t.description());
    }

    private ProfileTexts qualifications(List<QualificationLink> links) {
        for (QualificationLink q : links) {
            add(q.mboLevel() == null ? q.qualification() : q.qualification() + " (MBO " + q.mboLevel() + ")");
            add(q.role()).add(q.complexity()).addAll(q.extraKnowledge());
        }
        return this;
    }

    private void organisation(OrganisationProfile o) {
        add(o.organisation()).add(o.department()).add(o.purpose()).add(o.functionType()).add(o.thinkingLevel());
        resultAreas(o.resultAreas());
        addAll(o.frameworks()).addAll(o.professionalCompetencies());
        for (BehaviourCompetency b : o.behaviourCompetencies()) {
            add(b.name()).add(b.definition()).add(b.example());
        }
        add(o.context());
        for (FocusArea f : o.focusAreas()) {
            add(f.description() == null ? f.name() : f.name() + ": " + f.description());
        }
    }

    private void family(LevelledFamily f) {
        add(f.organisation()).add(f.purpose()).add(f.position()).add(f.context());
        for (FunctionLevel l : f.levels()) {
            add(l.name() + " (" + l.code() + (l.scale() == null ? ")" : ", schaal " + l.scale() + ")"));
        }
        resultAreas(f.resultAreas());
        rows(f.factors());
        rows(f.latitude());
        rows(f.knowledgeAndSkills());
        f.competencies().stream().map(c -> c.competency()).distinct().forEach(this::add);
    }

    private void resultAreas(List<ResultArea> areas) {
        for (ResultArea a : areas) {
            add(a.name()).addAll(a.activities()).addAll(a.results());
        }
    }

    private void rows(List<LevelledRow> rows) {
        for (LevelledRow r : rows) {
            add(r.title());
            r.cells().forEach(c -> addAll(c.items()));
        }
    }

    private ProfileTexts sections(List<Section> sections) {
        for (Section s : sections) {
            add(s.heading()).addAll(s.paragraphs());
        }
        return this;
    }
}
