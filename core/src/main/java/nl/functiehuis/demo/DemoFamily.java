package nl.functiehuis.demo;

import java.util.List;
import nl.functiehuis.competency.Dimension;
import nl.functiehuis.profile.DomainCompetency;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ResultArea;

/** The demo levelled family VS-3100 Klantbegeleider with function levels A (Basis), B and C. */
final class DemoFamily {
    static final String CODE = "VS-3100";

    private DemoFamily() {}

    static LevelledFamily family() {
        return new LevelledFamily(ProfileCode.of(CODE), "Klantbegeleider", "Gemeente Voorbeeldstad",
                DemoCatalog.GUIDANCE_GROUP, null,
                "Helpt inwoners met een uitkering of hulpvraag op weg naar werk, een opleiding of meer zelfredzaamheid,"
                        + " met een plan dat past bij hun situatie.",
                "Werkt in een team Werk en Inkomen onder leiding van een teamleider; de zwaardere niveaus"
                        + " ondersteunen minder ervaren collega's.",
                "De klantbegeleider werkt met inwoners die vaak meerdere problemen tegelijk hebben en met"
                        + " partners als werkgevers, zorgaanbieders en het onderwijs.",
                levels(), resultAreas(), DemoFamilyTables.factors(), DemoFamilyTables.latitude(),
                DemoFamilyTables.knowledgeAndSkills(), domains(), competencies());
    }

    private static List<FunctionLevel> levels() {
        return List.of(
                new FunctionLevel("A", ProfileCode.of("VS-3101"), "Klantbegeleider A (Basis)", "Basis", 5),
                new FunctionLevel("B", ProfileCode.of("VS-3102"), "Klantbegeleider B (Gevorderd)", "Gevorderd", 6),
                new FunctionLevel("C", ProfileCode.of("VS-3103"), "Klantbegeleider C (Senior)", "Senior", 7));
    }

    private static List<ResultArea> resultAreas() {
        return List.of(
                new ResultArea("Intake en diagnose", false,
                        List.of("Voert het intakegesprek en brengt mogelijkheden en belemmeringen in kaart."),
                        List.of("Van elke klant is duidelijk wat hij kan, wil en nodig heeft.")),
                new ResultArea("Plan van aanpak", false,
                        List.of("Stelt samen met de klant doelen en afspraken op.",
                                "Zet passende voorzieningen en trajecten in."),
                        List.of("Elke klant heeft een actueel plan dat wordt uitgevoerd.")),
                new ResultArea("Begeleiding en bewaking", false,
                        List.of("Volgt de voortgang, stuurt bij en spreekt de klant aan op afspraken."),
                        List.of("Klanten zetten aantoonbaar stappen richting werk of zelfredzaamheid.")),
                new ResultArea("Netwerk", false,
                        List.of("Onderhoudt contact met werkgevers en hulpverleners."),
                        List.of("Plaatsingen en doorverwijzingen verlopen zonder vertraging.")));
    }

    private static List<Dimension> domains() {
        return List.of(
                new Dimension("1", "Management en leidinggeven", "Anderen richting geven en ontwikkelen."),
                new Dimension("2", "Ondernemen", "Kansen zien en de klant en de markt centraal stellen."),
                new Dimension("3", "Analyse en besluitvorming", "Situaties doorgronden en onderbouwd kiezen."),
                new Dimension("4", "Communicatie", "Contact maken, overbrengen en overtuigen."),
                new Dimension("5", "Persoonlijk gedrag", "Eigen houding onder wisselende omstandigheden."),
                new Dimension("6", "Motivatie", "Drijfveren die het werk richting en energie geven."));
    }

    private static List<DomainCompetency> competencies() {
        return List.of(
                new DomainCompetency("2", "Klantgerichtheid", null),
                new DomainCompetency("4", "Samenwerken", null),
                new DomainCompetency("6", "Resultaatgerichtheid", null),
                new DomainCompetency("4", "Mondelinge communicatie", "A"),
                new DomainCompetency("5", "Flexibiliteit", "A"),
                new DomainCompetency("5", "Stressbestendigheid", "A"),
                new DomainCompetency("3", "Analytisch vermogen", "B"),
                new DomainCompetency("4", "Overtuigingskracht", "B"),
                new DomainCompetency("5", "Zelfstandigheid", "B"),
                new DomainCompetency("1", "Plannen en organiseren", "B"),
                new DomainCompetency("1", "Coachen", "C"),
                new DomainCompetency("2", "Netwerken", "C"),
                new DomainCompetency("3", "Oordeelsvorming", "C"),
                new DomainCompetency("4", "Onderhandelen", "C"),
                new DomainCompetency("3", "Besluitvaardigheid", "C"));
    }
}
