package nl.functiehuis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.evaluation.Candidate;
import nl.functiehuis.evaluation.CandidateResult;
import nl.functiehuis.evaluation.CandidateScores;
import nl.functiehuis.evaluation.CompetencyScore;
import nl.functiehuis.evaluation.Evaluation;
import nl.functiehuis.evaluation.Evaluator;
import nl.functiehuis.evaluation.Evidence;
import nl.functiehuis.evaluation.RequirementVerdict;
import nl.functiehuis.evaluation.ScoringSettings;
import nl.functiehuis.evaluation.Verdict;
import nl.functiehuis.evaluation.WishScore;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import org.junit.jupiter.api.Test;

class DemoVacancyTest {
    private final Vacancy vacancy = DemoVacancy.vacancy();

    @Test
    void buildsOnTheDemoOrganisationProfileWithTermsEisenAndWensen() {
        assertThat(vacancy.profileCode()).isEqualTo("VS-2040");
        assertThat(vacancy.profileVersion()).isEqualTo(1);
        assertThat(vacancy.status()).isEqualTo(VacancyStatus.CONCEPT);
        assertThat(vacancy.terms().scale()).isEqualTo(7);
        assertThat(vacancy.terms().pricePercent()).isEqualTo(30);
        assertThat(vacancy.terms().qualityPercent()).isEqualTo(70);
        assertThat(vacancy.requirements()).extracting(Requirement::kind).containsExactly(
                Requirement.Kind.EDUCATION, Requirement.Kind.EXPERIENCE, Requirement.Kind.SYSTEM);
        assertThat(vacancy.requirements()).extracting(Requirement::asks)
                .containsExactly("mbo 4", "minimaal 2 jaar in de laatste 5 jaar", "belastingsysteem");
        assertThat(vacancy.wishes()).allSatisfy(w -> assertThat(w.scoringGuide()).isNotBlank())
                .extracting(w -> w.maxPoints()).containsExactly(20, 10, 10);
        assertThat(vacancy.competencies()).hasSize(5);
    }

    @Test
    void everyOfferGivesEvidenceForEachEisAndScoresForEachWishAndCompetency() {
        assertThat(DemoOffers.all()).hasSize(4).allSatisfy(o -> {
            assertThat(o.evidence()).hasSameSizeAs(vacancy.requirements());
            if (o.judged()) {
                assertThat(o.wishes()).hasSameSizeAs(vacancy.wishes());
                assertThat(o.competencies()).hasSameSizeAs(vacancy.competencies());
            }
        });
    }

    @Test
    void ranksThreeOffersByHandComputedTotalsAndExcludesTheOneAboveTheTariff() {
        Evaluation evaluation = Evaluator.evaluate(vacancy, ScoringSettings.standard(), scored());

        // quality out of 40 + 5 × 5 = 65; price: lowest admitted rate € 48 / own rate × 100
        // Sanne: 55/65 → 84.62, 48/52.50 → 91.43, 0.3 × 91.43 + 0.7 × 84.62 = 86.663 → 86.66
        // Marloes: 57/65 → 87.69, 48/58.75 → 81.70, 24.51 + 61.383 → 85.89
        // Youssef: 45/65 → 69.23, 100, 30 + 48.461 → 78.46
        assertThat(evaluation.ranking()).extracting(r -> r.candidate().name(), CandidateResult.Ranked::total)
                .containsExactly(
                        tuple("Sanne de Wit", new BigDecimal("86.66")),
                        tuple("Marloes Jansen", new BigDecimal("85.89")),
                        tuple("Youssef Amrani", new BigDecimal("78.46")));
        assertThat(evaluation.ranking()).allSatisfy(r -> assertThat(r.open()).isEmpty());
        assertThat(evaluation.excluded()).singleElement().satisfies(e -> {
            assertThat(e.candidate().name()).isEqualTo("Dirk Verbeek");
            assertThat(e.reasons()).containsExactly("tarief € 64 boven maximum € 60");
        });
    }

    private List<CandidateScores> scored() {
        List<CandidateScores> all = new ArrayList<>();
        var offers = DemoOffers.all();
        for (int i = 0; i < offers.size(); i++) {
            var o = offers.get(i);
            List<Evidence> evidence = new ArrayList<>();
            List<RequirementVerdict> verdicts = new ArrayList<>();
            List<WishScore> wishes = new ArrayList<>();
            List<CompetencyScore> competencies = new ArrayList<>();
            for (int n = 1; n <= o.evidence().size(); n++) {
                evidence.add(new Evidence(n, o.evidence().get(n - 1)));
                if (o.judged()) {
                    verdicts.add(new RequirementVerdict(n, Verdict.VOLDAAN, null, DemoVacancy.RECRUITER));
                }
            }
            for (int n = 1; n <= o.wishes().size(); n++) {
                wishes.add(new WishScore(n, DemoVacancy.RECRUITER, o.wishes().get(n - 1).points(), null));
            }
            for (int n = 1; n <= o.competencies().size(); n++) {
                competencies.add(new CompetencyScore(n, DemoVacancy.RECRUITER, o.competencies().get(n - 1).points(), null));
            }
            var candidate = new Candidate("c" + i, "v", o.name(), o.supplier(), o.rate(), o.availability(), o.cv(), evidence);
            all.add(new CandidateScores(candidate, verdicts, wishes, competencies));
        }
        return all;
    }
}
