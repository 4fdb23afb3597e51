package nl.functiehuis.demo;

import static nl.functiehuis.competency.LevelLetter.A;
import static nl.functiehuis.competency.LevelLetter.B;
import static nl.functiehuis.competency.LevelLetter.C;
import static nl.functiehuis.competency.LevelLetter.D;

import java.util.List;
import nl.functiehuis.competency.CompetencyRequirement;
import nl.functiehuis.competency.LevelLetter;
import nl.functiehuis.profile.CriticalSituation;
import nl.functiehuis.profile.EducationLevel;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.Topic;

/**
 * The content of the four demo norm functions Medewerker Dienstverlening I–IV. Going from I to IV the
 * asked competencies form the same set or a subset and their levels never rise, and neither does the
 * minimum education.
 */
final class DemoNormContents {
    private DemoNormContents() {}

    static NormContent first() {
        return new NormContent(
                List.of("Behandelt samengestelde vragen die meerdere producten of afdelingen raken.",
                        "Is vraagbaak voor collega's en neemt escalaties van hen over.",
                        "Signaleert knelpunten in regels en werkwijze en doet verbetervoorstellen."),
                List.of(new CriticalSituation("Escalatie aan de balie",
                                "Een inwoner is vastgelopen na meerdere contacten; de medewerker moet het vertrouwen"
                                        + " herstellen en een oplossing vinden die collega's niet konden bieden."),
                        new CriticalSituation("Twijfel over identiteit",
                                "Bij een aanvraag rijzen vermoedens van fraude; zorgvuldig onderzoek moet samengaan"
                                        + " met een correcte bejegening van de aanvrager."),
                        new CriticalSituation("Nieuwe regelgeving",
                                "Een wetswijziging gaat snel in; de medewerker vertaalt die naar werkinstructies voor het team.")),
                List.of(req("Klantgerichtheid", A), req("Integriteit", B), req("Mondelinge communicatie", A),
                        req("Conflicthantering", B), req("Nauwkeurigheid", B)),
                List.of(topic("Burgerzaken", "Brede en diepgaande kennis van de producten en de wetgeving erachter."),
                        topic("Identiteitsvaststelling", "Kent de kenmerken van echte documenten en de stappen bij twijfel."),
                        topic("Gemeentelijke organisatie", "Weet welke afdeling en welke ketenpartner waarvoor verantwoordelijk is.")),
                List.of(topic("Gespreksvoering", "Voert moeilijke en emotionele gesprekken tot een goed einde."),
                        topic("Instrueren", "Legt collega's regels en werkwijzen helder uit.")),
                education(4, "MBO 4 juridisch of dienstverlenend",
                        "MBO 4 met aanvullende vakopleidingen burgerzaken en enkele jaren ervaring aan de balie"));
    }

    static NormContent second() {
        return new NormContent(
                List.of("Neemt aanvragen voor producten in behandeling en handelt ze zelfstandig af.",
                        "Beoordeelt of documenten en bewijsstukken volledig en echt zijn.",
                        "Legt gegevens vast in de basisregistraties."),
                List.of(new CriticalSituation("Onvolledige aanvraag onder tijdsdruk",
                                "De aanvrager heeft het product snel nodig maar mist stukken; de medewerker zoekt een"
                                        + " oplossing die binnen de regels blijft."),
                        new CriticalSituation("Geëmotioneerde klant",
                                "Een inwoner reageert boos op een afwijzing; de medewerker blijft rustig en legt de"
                                        + " reden begrijpelijk uit.")),
                List.of(req("Klantgerichtheid", B), req("Integriteit", B), req("Mondelinge communicatie", B),
                        req("Conflicthantering", C), req("Nauwkeurigheid", B)),
                List.of(topic("Burgerzaken", "Kent de producten, de voorwaarden en de termijnen."),
                        topic("Basisregistraties", "Weet hoe gegevens in de BRP worden vastgelegd en gecorrigeerd."),
                        topic("Privacy", "Kent de regels voor het delen en bewaren van persoonsgegevens.")),
                List.of(topic("Documentcontrole", "Herkent afwijkingen in reisdocumenten en bewijsstukken."),
                        topic("Systeemgebruik", "Werkt vlot met de zaaksystemen van de gemeente.")),
                education(4, "MBO 4 in een administratieve, juridische of dienstverlenende richting",
                        "MBO 4 Juridisch medewerker openbaar bestuur"));
    }

    static NormContent third() {
        return new NormContent(
                List.of("Beantwoordt algemene vragen aan de balie, aan de telefoon en via de chat.",
                        "Verstrekt eenvoudige producten en maakt afspraken voor collega's."),
                List.of(new CriticalSituation("Drukte in de hal",
                                "Bij een lange wachtrij moet de medewerker snel en vriendelijk blijven helpen zonder"
                                        + " fouten te maken."),
                        new CriticalSituation("Vraag buiten het eigen vak",
                                "Een inwoner stelt een vraag waarop het antwoord niet direct bekend is; de medewerker"
                                        + " zoekt uit waar de vraag thuishoort en verwijst goed door.")),
                List.of(req("Klantgerichtheid", C), req("Integriteit", C), req("Mondelinge communicatie", C),
                        req("Nauwkeurigheid", C)),
                List.of(topic("Producten en diensten", "Kent het aanbod van de gemeente op hoofdlijnen."),
                        topic("Afsprakensysteem", "Weet hoe afspraken worden ingepland en gewijzigd.")),
                List.of(topic("Klantcontact", "Helpt inwoners vriendelijk en to the point via verschillende kanalen."),
                        topic("Doorverwijzen", "Zet vragen gericht door naar de juiste collega of instantie.")),
                education(3, "MBO 3 in een dienstverlenende of administratieve richting",
                        "MBO 3 Medewerker contactcenter, met ervaring in klantcontact"));
    }

    static NormContent fourth() {
        return new NormContent(
                List.of("Ontvangt bezoekers en wijst hen de weg in het gebouw.",
                        "Geeft standaardinformatie en neemt post en stukken in ontvangst."),
                List.of(new CriticalSituation("Onrustige bezoeker",
                                "Een bezoeker gedraagt zich dreigend in de hal; de medewerker houdt afstand en"
                                        + " schakelt op tijd beveiliging in."),
                        new CriticalSituation("Verkeerd afgegeven stukken",
                                "Stukken met persoonsgegevens worden bij de verkeerde balie ingeleverd; de medewerker"
                                        + " zorgt dat ze veilig bij de juiste afdeling komen.")),
                List.of(req("Klantgerichtheid", D), req("Integriteit", C), req("Mondelinge communicatie", D),
                        req("Nauwkeurigheid", C)),
                List.of(topic("Gebouw en afdelingen", "Weet waar afdelingen zitten en wie waarvoor te bereiken is."),
                        topic("Huisregels", "Kent de huisregels en de afspraken bij incidenten.")),
                List.of(topic("Gastvrijheid", "Ontvangt bezoekers op een open en hulpvaardige manier.")),
                education(2, "MBO 2 in een dienstverlenende richting",
                        "MBO 2 met ervaring als gastvrouw of gastheer"));
    }

    private static CompetencyRequirement req(String competency, LevelLetter level) {
        return new CompetencyRequirement(competency, level);
    }

    private static Topic topic(String name, String description) {
        return new Topic(name, description);
    }

    private static MinimumEducation education(int mboLevel, String text, String ideal) {
        return new MinimumEducation(text, EducationLevel.mbo(mboLevel), ideal);
    }
}
