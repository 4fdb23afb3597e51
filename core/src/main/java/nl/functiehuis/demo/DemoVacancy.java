package nl.functiehuis.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.vacancy.ProfileVacancy;
import nl.functiehuis.vacancy.Requirement;
import nl.functiehuis.vacancy.Terms;
import nl.functiehuis.vacancy.Vacancy;
import nl.functiehuis.vacancy.Wish;

/**
 * The demo vacancy: a temporary Medewerker Belastingen for the spring assessment peak, made from version 1
 * of the demo profile VS-2040 and filled in with terms, extra eisen and scored wensen. Written for this project.
 */
public final class DemoVacancy {
    /** The recruiter who made the vacancy and scored the candidates. */
    public static final String RECRUITER = "adviseur";
    /** The second assessor, who confirms the ranking. */
    public static final String SECOND_ASSESSOR = "beoordelaar";
    public static final String PROFILE_CODE = DemoOrganisationProfile.CODE;
    public static final BigDecimal TARIFF_MIN = new BigDecimal("45.00");
    public static final BigDecimal TARIFF_MAX = new BigDecimal("60.00");

    private DemoVacancy() {}

    /** The vacancy as the recruiter saves it: still a concept, as every new vacancy starts. */
    public static Vacancy vacancy() {
        Vacancy base = ProfileVacancy.from(DemoOrganisationProfile.profile(), 1, PROFILE_CODE);
        List<Requirement> requirements = new ArrayList<>(base.requirements());
        requirements.add(new Requirement(
                "Minimaal twee jaar werkervaring met gemeentelijke belastingen in de laatste vijf jaar",
                Requirement.Kind.EXPERIENCE, null, 2, null, 5, null));
        requirements.add(new Requirement(
                "Ervaring met een belastingsysteem voor aanslagen en invordering",
                Requirement.Kind.SYSTEM, null, null, null, null, "belastingsysteem"));
        return new Vacancy(base.title(), base.organisation(), base.department(), base.profileCode(),
                base.profileVersion(), base.status(), terms(base.terms().scale()),
                "Voor de drukke maanden rond het versturen van de aanslagen zoekt de afdeling Belastingen en"
                        + " Invordering tijdelijk een ervaren collega voor kwijtschelding en bezwaar.",
                base.tasks(), List.copyOf(requirements), wishes(), base.competencies(),
                "Een afdeling van twintig collega's die samen de jaarcyclus van aanslag tot invordering draaien.",
                "Voorbeeldstad is een fictieve middelgrote gemeente; deze vacature hoort bij het demo-functiehuis.");
    }

    private static Terms terms(Integer scale) {
        return new Terms("Stadskantoor Voorbeeldstad", "1 maart 2026", YearMonth.of(2026, 3), 1, 32, 6, 2, 3, scale,
                TARIFF_MIN, TARIFF_MAX, 30, 70, null, 8);
    }

    private static List<Wish> wishes() {
        return List.of(
                new Wish("Ervaring met het beoordelen van verzoeken om kwijtschelding", "kwijtschelding", 20,
                        "0 punten zonder ervaring, 10 punten bij minder dan twee jaar, 20 punten bij twee jaar of meer"),
                new Wish("Ervaring met het afhandelen van bezwaarschriften tegen aanslagen", "bezwaar", 10,
                        "0 punten zonder ervaring, 5 punten bij enkele zaken, 10 punten bij zelfstandige afhandeling"),
                new Wish("Kan uitleggen in eenvoudige taal, aan de telefoon en in brieven", "communicatie", 10,
                        "Beoordeeld aan de hand van een voorbeeldbrief in het cv: 0, 5 of 10 punten"));
    }
}
