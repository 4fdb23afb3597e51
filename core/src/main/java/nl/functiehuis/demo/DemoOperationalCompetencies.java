package nl.functiehuis.demo;

import static nl.functiehuis.competency.LevelLetter.A;
import static nl.functiehuis.competency.LevelLetter.B;
import static nl.functiehuis.competency.LevelLetter.C;
import static nl.functiehuis.competency.LevelLetter.D;
import static nl.functiehuis.demo.DemoDictionary.OPERATIONAL;
import static nl.functiehuis.demo.DemoDictionary.competency;
import static nl.functiehuis.demo.DemoDictionary.level;

import java.util.List;
import nl.functiehuis.competency.Competency;

/** The demo competencies of the dimension operationeel. */
final class DemoOperationalCompetencies {
    private DemoOperationalCompetencies() {}

    static List<Competency> all() {
        return List.of(
                competency("Nauwkeurigheid", OPERATIONAL,
                        "Werkt secuur en volledig, controleert het eigen werk en voorkomt zo fouten die inwoners raken.",
                        level(D, "zorgvuldig invoeren",
                                "Voert gegevens foutloos in de basisregistraties in.",
                                "Controleert of een aanvraag compleet is voordat hij wordt doorgezet."),
                        level(C, "controleren",
                                "Loopt het eigen werk na op volledigheid en juistheid.",
                                "Ziet afwijkingen in bedragen, data of namen."),
                        level(B, "kwaliteit bewaken",
                                "Controleert steekproefsgewijs het werk van collega's en geeft feedback.",
                                "Houdt bij welke fouten vaak voorkomen en waarom."),
                        level(A, "foutbestendig organiseren",
                                "Bouwt controles in werkprocessen in zodat fouten vroeg zichtbaar worden.",
                                "Stelt kwaliteitsnormen op voor het team.")),
                competency("Plannen en organiseren", OPERATIONAL,
                        "Bepaalt doelen en prioriteiten, verdeelt tijd en middelen en bewaakt de voortgang.",
                        level(D, "eigen werk ordenen",
                                "Werkt de eigen taken af in volgorde van urgentie.",
                                "Geeft tijdig aan wanneer een deadline niet haalbaar is."),
                        level(C, "vooruitkijken",
                                "Plant terugkerende piekmomenten in, zoals de aanslagperiode.",
                                "Houdt bij het plannen rekening met afhankelijkheden van anderen."),
                        level(B, "coördineren",
                                "Maakt een planning voor meerdere collega's en stuurt bij waar nodig.",
                                "Verdeelt het werk naar kennis en beschikbaarheid."),
                        level(A, "capaciteit sturen",
                                "Stemt de bezetting af op de verwachte vraag over een heel jaar.",
                                "Vertaalt doelen van de afdeling naar haalbare werkplannen.")),
                competency("Resultaatgerichtheid", OPERATIONAL,
                        "Richt zich op het behalen van afgesproken doelen en neemt de acties die daarvoor nodig zijn.",
                        level(D, "afmaken",
                                "Rondt taken af binnen de gestelde termijn.",
                                "Laat zich niet afleiden door bijzaken."),
                        level(C, "doorzetten",
                                "Blijft werken aan een oplossing als die niet direct gevonden wordt.",
                                "Bewaakt de termijnen van de eigen dossiers."),
                        level(B, "doelen stellen",
                                "Formuleert concrete doelen voor het eigen werk en meet de voortgang.",
                                "Spreekt anderen aan op het nakomen van gemaakte afspraken."),
                        level(A, "prestaties sturen",
                                "Legt verbanden tussen de doelen van team en organisatie.",
                                "Grijpt in als resultaten structureel achterblijven.")));
    }
}
