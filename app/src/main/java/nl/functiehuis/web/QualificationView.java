package nl.functiehuis.web;

import java.util.List;
import nl.functiehuis.house.CoreTask;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.profile.QualificationLink;

/** A qualification an enriched profile links to, with the core tasks the house knows for it. */
public record QualificationView(QualificationLink link, List<CoreTask> coreTasks) {

    static QualificationView of(QualificationLink link, List<Qualification> known) {
        List<CoreTask> tasks = known.stream()
                .filter(q -> q.name().equalsIgnoreCase(link.qualification()))
                .findFirst()
                .map(Qualification::coreTasks)
                .orElse(List.of());
        return new QualificationView(link, tasks);
    }
}
