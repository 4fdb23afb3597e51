package nl.functiehuis.demo;

import static nl.functiehuis.competency.LevelLetter.A;
import static nl.functiehuis.competency.LevelLetter.B;
import static nl.functiehuis.competency.LevelLetter.C;
import static nl.functiehuis.competency.LevelLetter.D;
import static nl.functiehuis.demo.DemoDictionary.CONCEPTUAL;
import static nl.functiehuis.demo.DemoDictionary.PERSONAL;
import static nl.functiehuis.demo.DemoDictionary.competency;
import static nl.functiehuis.demo.DemoDictionary.level;

import java.util.List;
import nl.functiehuis.competency.Competency;

/** The demo competencies of the dimensions persoonlijk and conceptueel. */
final class DemoPersonalCompetencies {
    private DemoPersonalCompetencies() {}

    static List<Competency> all() {
        return List.of(
                competency("Integriteit", PERSONAL,
                        "Werkt eerlijk en onpartijdig, houdt zich aan afspraken en regels en legt verantwoording af over eigen keuzes.",
                        level(D, "regels volgen",
                                "Kent de gedragscode en past die toe in het eigen werk.",
                                "Gaat vertrouwelijk om met gegevens van inwoners."),
                        level(C, "consequent zijn",
                                "Behandelt gelijke gevallen gelijk, ook onder druk van een klant.",
                                "Meldt het wanneer een afspraak niet nagekomen kan worden.",
                                "Neemt geen geschenken of gunsten aan die het oordeel kunnen kleuren."),
                        level(B, "aanspreken",
                                "Spreekt collega's aan op gedrag dat niet past bij de gedragscode.",
                                "Maakt dilemma's bespreekbaar in het team voordat er een besluit valt."),
                        level(A, "richting geven",
                                "Vertaalt de waarden van de organisatie naar concrete werkafspraken.",
                                "Handelt zichtbaar naar wat hij of zij van anderen vraagt.",
                                "Zorgt dat integriteitsvragen een vaste plek hebben in overleg.")),
                competency("Flexibiliteit", PERSONAL,
                        "Past de eigen aanpak aan wanneer de situatie, de vraag of de organisatie verandert, zonder het doel uit het oog te verliezen.",
                        level(D, "meebewegen",
                                "Pakt een andere taak op als de planning wijzigt.",
                                "Blijft rustig wanneer het werk anders loopt dan verwacht."),
                        level(C, "bijsturen",
                                "Kiest een andere werkwijze wanneer de eerste niet werkt.",
                                "Past de toon aan aan wat de klant op dat moment nodig heeft."),
                        level(B, "veranderingen omarmen",
                                "Ziet in een nieuwe werkwijze vooral de kansen en helpt collega's op weg.",
                                "Combineert uiteenlopende taken zonder dat de kwaliteit lijdt."),
                        level(A, "wendbaarheid organiseren",
                                "Richt het werk zo in dat het team snel kan schakelen bij drukte of nieuwe regels.",
                                "Begeleidt anderen bij het loslaten van vertrouwde routines.")),
                competency("Besluitvaardigheid", PERSONAL,
                        "Neemt tijdig een verantwoord besluit, ook als niet alle informatie beschikbaar is, en staat daarvoor.",
                        level(D, "knopen doorhakken binnen kaders",
                                "Beslist zelf over routinezaken waarvoor een duidelijke regel bestaat.",
                                "Legt een vraag op tijd voor als die buiten de eigen bevoegdheid valt."),
                        level(C, "afwegen en kiezen",
                                "Weegt de belangen van klant en organisatie af en maakt dan een keuze.",
                                "Stelt een besluit niet uit omdat het lastig is."),
                        level(B, "beslissen bij onzekerheid",
                                "Neemt een besluit op basis van onvolledige gegevens en benoemt de risico's.",
                                "Komt op een besluit terug als nieuwe feiten daar aanleiding toe geven."),
                        level(A, "verantwoordelijkheid dragen",
                                "Neemt besluiten met gevolgen voor meerdere afdelingen en licht ze toe.",
                                "Blijft bij een weloverwogen besluit, ook als het weerstand oproept.")),
                competency("Analytisch vermogen", CONCEPTUAL,
                        "Ontleedt een vraag of probleem in onderdelen, zoekt verbanden en trekt daaruit onderbouwde conclusies.",
                        level(D, "gegevens verzamelen",
                                "Zoekt de benodigde informatie op in de juiste systemen.",
                                "Merkt op wanneer gegevens elkaar tegenspreken."),
                        level(C, "ontleden",
                                "Splitst een ingewikkelde aanvraag op in losse vragen.",
                                "Onderscheidt hoofdzaken van bijzaken in een dossier."),
                        level(B, "verbanden leggen",
                                "Herkent patronen in klachten of meldingen en benoemt de oorzaak.",
                                "Vergelijkt oplossingen op voor- en nadelen voordat hij of zij advies geeft."),
                        level(A, "doorgronden",
                                "Brengt de samenhang in beeld tussen beleid, uitvoering en de ervaring van inwoners.",
                                "Ziet wat een voorgestelde wijziging betekent voor andere processen.")),
                competency("Schriftelijke communicatie", CONCEPTUAL,
                        "Schrijft brieven, e-mails en notities die kloppen, passen bij de lezer en in één keer te begrijpen zijn.",
                        level(D, "correct schrijven",
                                "Schrijft zonder taal- en spelfouten.",
                                "Gebruikt de standaardbrieven op de juiste manier."),
                        level(C, "helder schrijven",
                                "Schrijft in eenvoudige woorden en korte zinnen, op taalniveau B1.",
                                "Past een standaardtekst aan aan de situatie van de ontvanger."),
                        level(B, "overtuigend schrijven",
                                "Onderbouwt een besluit zo dat de lezer de redenering kan volgen.",
                                "Stelt een heldere notitie op voor een leidinggevende."),
                        level(A, "teksten vormgeven",
                                "Ontwikkelt sjablonen en schrijfwijzers voor de afdeling.",
                                "Schrijft over gevoelige onderwerpen zonder de relatie te schaden.")));
    }
}
