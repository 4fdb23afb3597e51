package nl.functiehuis.education;

import static nl.functiehuis.education.EducationFixtures.enriched;
import static nl.functiehuis.education.EducationFixtures.norm;
import static nl.functiehuis.education.EducationFixtures.qualification;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.QualificationLink;
import org.junit.jupiter.api.Test;

class QualificationCatalogTest {

    @Test
    void listsTheHousesQualificationsWithCoreTasksAndTheProfilesThatLinkThem() {
        var catalog = QualificationCatalog.of(List.of(qualification("Receptionist", 2), qualification("Baliemedewerker", 3)),
                List.of(norm("T01.01.02", "3", 3), enriched("T01.01.02/VP", "T01.01.02", "baliemedewerker")));

        assertThat(catalog.entries()).extracting(CatalogEntry::name).containsExactly("Baliemedewerker", "Receptionist");
        CatalogEntry counter = catalog.find("BALIEMEDEWERKER ").orElseThrow();
        assertThat(counter.mboLevel()).isEqualTo(3);
        assertThat(counter.nlqf()).isEqualTo(NlqfLevel.LEVEL_3);
        assertThat(counter.coreTasks()).hasSize(1);
        assertThat(counter.workProcessCount()).isEqualTo(1);
        assertThat(new CatalogEntry("Juridisch medewerker, kwalificatie Telefonist/ receptionist", 2, List.of(), List.of())
                .slug()).isEqualTo("juridisch-medewerker-kwalificatie-telefonist-receptionist");
        assertThat(counter.linkedBy()).extracting(r -> r.code().value()).containsExactly("T01.01.02/VP");
        assertThat(catalog.find("Receptionist").orElseThrow().linkedBy()).isEmpty();
    }

    @Test
    void addsAQualificationThatOnlyALinkNamesWithTheLinksLevel() {
        var link = new QualificationLink("Medewerker  archief", 2, null, null, List.of());
        var base = enriched("T01.01.04/VP", "T01.01.04");
        var profile = new EnrichedProfile(base.code(), base.title(), base.subtitle(), base.baseCode(), base.groupCode(),
                base.dictionary(), base.content(), List.of(link));

        var catalog = QualificationCatalog.of(List.of(), List.of(profile));

        assertThat(catalog.find("medewerker archief")).hasValueSatisfying(q -> {
            assertThat(q.mboLevel()).isEqualTo(2);
            assertThat(q.levelLabel()).isEqualTo("MBO 2");
            assertThat(q.coreTasks()).isEmpty();
        });
    }

    @Test
    void namesAnEnrichedProfileOnceAndKeepsAnUnknownLevelUnknown() {
        var twice = enriched("T01.01.06/VP", "T01.01.06", "Archivaris", "archivaris");

        var catalog = QualificationCatalog.of(List.of(), List.of(twice));

        assertThat(catalog.entries()).singleElement().satisfies(q -> {
            assertThat(q.linkedBy()).hasSize(1);
            assertThat(q.mboLevel()).isNull();
            assertThat(q.nlqf()).isNull();
            assertThat(q.levelLabel()).isNull();
        });
    }
}
