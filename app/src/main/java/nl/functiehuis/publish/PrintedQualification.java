package nl.functiehuis.publish;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import nl.functiehuis.house.CoreTask;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.profile.QualificationLink;

/** A qualification an enriched profile links to, with the core tasks the house knows for it. */
record PrintedQualification(QualificationLink link, List<CoreTask> coreTasks) {

    /** {@code known} maps lower-case qualification names to the house's qualifications. */
    static PrintedQualification of(QualificationLink link, Map<String, Qualification> known) {
        Qualification q = known.get(link.qualification().toLowerCase(Locale.ROOT));
        return new PrintedQualification(link, q == null ? List.of() : q.coreTasks());
    }

    /** The extra knowledge in two columns, the first as long as the second or one longer. */
    public List<List<String>> knowledgeColumns() {
        List<String> all = link.extraKnowledge();
        int half = (all.size() + 1) / 2;
        return List.of(all.subList(0, half), all.subList(half, all.size()));
    }
}
