package nl.functiehuis.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.vacancy.AskedCompetency;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.VacancyStatus;
import nl.functiehuis.vacancy.Wish;

/**
 * A small vacancy written for these tests: two eisen, a wish worth 20 and one without maximum (10 by
 * default), two competencies (0..5 each): 40 points possible; tariff € 23–35; price 30 %, quality 70 %.
 */
public final class EvaluationFixtures {
    public static final String VACANCY = "v1";

    private EvaluationFixtures() {}

    public static Vacancy vacancy() {
        return vacancy(terms(new BigDecimal("23"), new BigDecimal("35")));
    }

    public static Vacancy vacancy(Terms terms) {
        return new Vacancy("Medewerker archief", "Gemeente Voorbeeld", null, null, null, VacancyStatus.CONCEPT, terms,
                null, List.of(),
                List.of(new Requirement("Diploma op mbo-niveau 4", Requirement.Kind.EDUCATION, 4, null, null, null, null),
                        new Requirement("Twee jaar archiefwerk", Requirement.Kind.EXPERIENCE, null, 2, null, 5, null)),
                List.of(new Wish("Ervaring met zaaksystemen", null, 20, null), new Wish("Kennis van de Archiefwet",
                        null, null, null)),
                List.of(new AskedCompetency("Nauwkeurigheid", null, null), new AskedCompetency("Samenwerken", null, null)),
                null, null);
    }

    public static Terms terms(BigDecimal min, BigDecimal max) {
        return new Terms(null, null, null, 1, 36, 6, null, null, 6, min, max, 30, 70, null, null);
    }

    public static Candidate candidate(String id, String name, String rate) {
        return new Candidate(id, VACANCY, name, "Leverancier BV", new BigDecimal(rate), "per direct", null, List.of());
    }

    /**
     * A candidate that meets both eisen, with the given points: wish 1 and competency 1 per assessor
     * ("a", "b"; null leaves that assessor out), wish 2 and competency 2 by assessor "a".
     */
    public static CandidateScores scored(Candidate c, String wish1a, String wish1b, String wish2, String comp1a,
            String comp1b, String comp2) {
        List<WishScore> wishes = new ArrayList<>();
        wishes.add(new WishScore(1, "a", new BigDecimal(wish1a), null));
        if (wish1b != null) {
            wishes.add(new WishScore(1, "b", new BigDecimal(wish1b), "tweede oordeel"));
        }
        wishes.add(new WishScore(2, "a", new BigDecimal(wish2), null));
        List<CompetencyScore> comps = new ArrayList<>();
        comps.add(new CompetencyScore(1, "a", new BigDecimal(comp1a), null));
        if (comp1b != null) {
            comps.add(new CompetencyScore(1, "b", new BigDecimal(comp1b), null));
        }
        comps.add(new CompetencyScore(2, "a", new BigDecimal(comp2), null));
        return new CandidateScores(c, met(), wishes, comps);
    }

    public static List<RequirementVerdict> met() {
        return List.of(new RequirementVerdict(1, Verdict.VOLDAAN, null, "a"),
                new RequirementVerdict(2, Verdict.VOLDAAN, null, "a"));
    }

    /** Points table: up to € 25 → 100, up to € 30 → 40, up to € 35 → 0. */
    public static ScoringSettings table() {
        return new ScoringSettings(PriceMethod.POINTS_TABLE, List.of(
                new PriceBand(new BigDecimal("25"), new BigDecimal("100")),
                new PriceBand(new BigDecimal("30"), new BigDecimal("40")),
                new PriceBand(new BigDecimal("35"), BigDecimal.ZERO)), 10, 5, 3);
    }

    /**
     * Five candidates. Quality (of 40 points):
     * Anna  € 25: wish 1 (16+18)/2 = 17, wish 2 8, comp 1 (4+5)/2 = 4.5, comp 2 3 → 32.5 → 81.25
     * Bram  € 30: 20 + 10 + 5 + 5 = 40 → 100.00
     * Cor   € 23: 10 + 5 + 3 + 2 = 20 → 50.00
     * Dirk  € 36: excluded, tarief € 36 boven maximum € 35
     * Eva   € 28: wish 1 (12+13)/2 = 12.5, wish 2 7, comp 1 4, comp 2 4 → 27.5 → 68.75
     */
    public static List<CandidateScores> fiveCandidates() {
        return List.of(
                scored(candidate("c1", "Anna", "25"), "16", "18", "8", "4", "5", "3"),
                scored(candidate("c2", "Bram", "30"), "20", null, "10", "5", null, "5"),
                scored(candidate("c3", "Cor", "23"), "10", null, "5", "3", null, "2"),
                scored(candidate("c4", "Dirk", "36"), "20", null, "10", "5", null, "5"),
                scored(candidate("c5", "Eva", "28"), "12", "13", "7", "4", null, "4"));
    }
}
