package nl.functiehuis.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.functiehuis.EducationFacts;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.education.CatalogEntry;
import nl.functiehuis.education.CompetencyDemand;
import nl.functiehuis.education.Demand;
import nl.functiehuis.education.FitReason;
import nl.functiehuis.education.ProfileFit;
import nl.functiehuis.education.QualificationFunctions;
import nl.functiehuis.education.QualificationFit;
import nl.functiehuis.house.CoreTask;
import nl.functiehuis.house.WorkProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The education overviews over the four imported reference documents, checked against the expected facts: the
 * booklet's five qualifications with their core tasks and the functions they prepare for, and the demand counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:education-seeds;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EducationSeedsIT {
    @Autowired
    ImportDocuments importer;

    @Autowired
    EducationOverview education;

    @BeforeAll
    void importTheSeeds() {
        EducationFacts.importSeeds(importer);
    }

    @Test
    void catalogsTheBookletsQualificationsWithLevelAndCoreTasks() {
        List<QualificationFunctions> catalogue = education.qualifications();

        Map<String, Integer> levels = EducationFacts.qualificationLevels();
        assertThat(levels).hasSize(5);
        assertThat(catalogue).extracting(q -> q.qualification().name()).containsExactlyInAnyOrderElementsOf(levels.keySet());
        Map<String, List<EducationFacts.Task>> tasks = EducationFacts.coreTasks();
        for (QualificationFunctions q : catalogue) {
            CatalogEntry entry = q.qualification();
            assertThat(entry.mboLevel()).as(entry.name()).isEqualTo(levels.get(entry.name()));
            assertThat(entry.nlqf().number()).as(entry.name()).isEqualTo(levels.get(entry.name()));
            assertThat(entry.coreTasks()).as(entry.name()).extracting(CoreTask::number, CoreTask::title)
                    .containsExactlyElementsOf(tasks.get(entry.name()).stream()
                            .map(t -> tuple(t.number(), t.title())).toList());
            for (int i = 0; i < entry.coreTasks().size(); i++) {
                assertThat(entry.coreTasks().get(i).workProcesses()).extracting(WorkProcess::number)
                        .containsExactlyElementsOf(tasks.get(entry.name()).get(i).workProcesses());
            }
        }
    }

    @Test
    void preparesForTheEnrichedProfilesThatLinkAQualificationAndTheirNormFunctions() {
        Map<String, Set<String>> linked = EducationFacts.linkedBy();
        Map<String, Set<String>> norms = EducationFacts.normFunctions();
        assertThat(linked.get("Medewerker sociale zekerheid")).contains("N06.01.02/VP");

        for (QualificationFunctions q : education.qualifications()) {
            String name = q.qualification().name();
            Set<String> expected = new TreeSet<>(linked.get(name));
            expected.addAll(norms.get(name));
            assertThat(q.preparesFor()).as(name).extracting(f -> f.function().code().value())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(q.preparesFor()).filteredOn(f -> f.reason() == FitReason.LINKED)
                    .extracting(f -> f.function().code().value()).containsExactlyInAnyOrderElementsOf(linked.get(name));
        }
    }

    @Test
    void countsTheProfilesAskingEachCompetencyPerLevel() {
        Demand demand = education.demand();
        Map<String, Map<String, Integer>> booklet = EducationFacts.bookletLevels();
        Map<String, Integer> ungraded = EducationFacts.ungraded();
        assertThat(booklet.get("Klantgerichtheid").values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(10);

        Map<String, CompetencyDemand> byName = new TreeMap<>();
        demand.competencies().forEach(c -> byName.put(c.competency(), c));
        Set<String> names = new TreeSet<>(booklet.keySet());
        names.addAll(ungraded.keySet());
        assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(names);
        for (String name : names) {
            CompetencyDemand c = byName.get(name);
            for (LevelLetter level : LevelLetter.values()) {
                assertThat(c.at(level)).as(name + " niveau " + level)
                        .isEqualTo(booklet.getOrDefault(name, Map.of()).getOrDefault(level.name(), 0));
            }
            assertThat(c.withoutLevel()).as(name + " zonder niveau").isEqualTo(ungraded.getOrDefault(name, 0));
        }
    }

    @Test
    void countsTheEnrichedProfilesAndNormFunctionsAskingEachQualification() {
        Map<String, Set<String>> linked = EducationFacts.linkedBy();
        Map<String, Set<String>> norms = EducationFacts.normFunctions();

        assertThat(education.demand().qualifications()).hasSize(5).allSatisfy(q -> {
            String name = q.qualification().name();
            assertThat(q.enrichedProfiles()).as(name).isEqualTo(linked.get(name).size());
            assertThat(q.normFunctions()).as(name).isEqualTo(norms.get(name).size());
        });
    }

    @Test
    void fitsANormFunctionItsEnrichedProfilesQualificationsAndThoseOnItsLevel() {
        ProfileFit publiekIv = education.fit("N06.01.08").orElseThrow();
        assertThat(publiekIv.range().label()).isEqualTo("NLQF 2–3");
        assertThat(publiekIv.linked()).extracting(q -> q.qualification().name())
                .containsExactlyInAnyOrderElementsOf(namesLinkedBy("N06.01.08/VP"));

        ProfileFit educatieIii = education.fit("N06.02.06").orElseThrow();
        assertThat(educatieIii.linked()).isEmpty();
        assertThat(educatieIii.onLevel()).extracting(q -> q.qualification().mboLevel()).allMatch(l -> l >= 2 && l <= 3)
                .isNotEmpty();
    }

    @Test
    void fitsAnEnrichedProfileItsOwnQualificationsAndTheFamilyNone() {
        assertThat(education.fit("N06.01.06-VP-II").orElseThrow().qualifications()).extracting(QualificationFit::reason,
                q -> q.qualification().name()).containsExactly(tuple(FitReason.LINKED,
                namesLinkedBy("N06.01.06/VP II").getFirst()));
        assertThat(education.fit("3007").orElseThrow().qualifications()).isEmpty();
        assertThat(education.fit("GEEN-PROFIEL")).isEmpty();
    }

    private static List<String> namesLinkedBy(String code) {
        return EducationFacts.linkedBy().entrySet().stream().filter(e -> e.getValue().contains(code))
                .map(Map.Entry::getKey).toList();
    }
}
