package nl.functiehuis.education;

import static nl.functiehuis.education.EducationFixtures.asks;
import static nl.functiehuis.education.EducationFixtures.enriched;
import static nl.functiehuis.education.EducationFixtures.family;
import static nl.functiehuis.education.EducationFixtures.norm;
import static nl.functiehuis.education.EducationFixtures.organisation;
import static nl.functiehuis.education.EducationFixtures.qualification;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.FunctionProfile;
import org.junit.jupiter.api.Test;

class DemandTest {

    private static Demand demand(FunctionProfile... profiles) {
        return Demand.of(List.of(profiles), QualificationCatalog.of(List.of(qualification("Receptionist", 2)),
                List.of(profiles)));
    }

    private static CompetencyDemand competency(Demand demand, String name) {
        return demand.competencies().stream().filter(c -> c.competency().equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    @Test
    void countsProfilesPerCompetencyAndLevel() {
        var demand = demand(norm("T01.01.02", "4", 4, asks("Klantgerichtheid", LevelLetter.B)),
                norm("T01.01.04", "3", 3, asks("Klantgerichtheid", LevelLetter.C)),
                norm("T01.01.06", "2", 2, asks("Klantgerichtheid", LevelLetter.C), asks("Integriteit", LevelLetter.D)));

        CompetencyDemand customer = competency(demand, "Klantgerichtheid");
        assertThat(customer.at(LevelLetter.A)).isZero();
        assertThat(customer.at(LevelLetter.B)).isEqualTo(1);
        assertThat(customer.at(LevelLetter.C)).isEqualTo(2);
        assertThat(customer.withoutLevel()).isZero();
        assertThat(customer.profiles()).isEqualTo(3);
        assertThat(demand.profileCount()).isEqualTo(3);
    }

    @Test
    void countsCompetenciesOfUngradedProfilesWithoutLevelAndMatchesNamesIgnoringCase() {
        var demand = demand(norm("T01.01.02", "4", 4, asks("Klantgerichtheid", LevelLetter.B)),
                organisation("1400", "MBO-4", "klantgerichtheid"), family("3100", "Klantgerichtheid", "Samenwerken"));

        CompetencyDemand customer = competency(demand, "Klantgerichtheid");
        assertThat(customer.competency()).isEqualTo("Klantgerichtheid");
        assertThat(customer.at(LevelLetter.B)).isEqualTo(1);
        assertThat(customer.withoutLevel()).isEqualTo(2);
        assertThat(customer.profiles()).isEqualTo(3);
        assertThat(competency(demand, "Samenwerken").withoutLevel()).isEqualTo(1);
    }

    @Test
    void countsAProfileOnceForACompetencyItAsksTwice() {
        var demand = demand(norm("T01.01.02", "4", 4, asks("Integriteit", LevelLetter.C), asks("integriteit", LevelLetter.C)));

        assertThat(competency(demand, "Integriteit").at(LevelLetter.C)).isEqualTo(1);
        assertThat(competency(demand, "Integriteit").profiles()).isEqualTo(1);
    }

    @Test
    void listsTheMostAskedCompetencyFirst() {
        var demand = demand(norm("T01.01.02", "4", 4, asks("Zorgvuldigheid", LevelLetter.B), asks("Inzet", LevelLetter.B)),
                norm("T01.01.04", "3", 3, asks("Inzet", LevelLetter.C)));

        assertThat(demand.competencies()).extracting(CompetencyDemand::competency).containsExactly("Inzet", "Zorgvuldigheid");
    }

    @Test
    void countsTheEnrichedProfilesAndNormFunctionsThatAskAQualification() {
        var demand = demand(enriched("T01.01.02/VP I", "T01.01.02", "Receptionist"),
                enriched("T01.01.02/VP II", "T01.01.02", "receptionist"),
                enriched("T01.01.04/VP", "T01.01.04", "Receptionist", "Archivaris"));

        assertThat(demand.qualifications()).extracting(q -> q.qualification().name() + " " + q.enrichedProfiles() + " "
                + q.normFunctions()).containsExactly("Receptionist 3 2", "Archivaris 1 1");
    }

    @Test
    void countsNothingForAQualificationNoProfileLinks() {
        var demand = demand(norm("T01.01.02", "4", 4, asks("Inzet", LevelLetter.B)));

        assertThat(demand.qualifications()).singleElement().satisfies(q -> {
            assertThat(q.enrichedProfiles()).isZero();
            assertThat(q.normFunctions()).isZero();
        });
    }
}
