package nl.functiehuis.demo;

import java.util.List;
import nl.functiehuis.profile.BehaviourCompetency;
import nl.functiehuis.profile.FocusArea;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.ResultArea;

/** The demo organisation profile VS-2040 Medewerker Belastingen, with its behaviour competencies inline. */
final class DemoOrganisationProfile {
    static final String CODE = "VS-2040";

    private static final String COMPANY = "bedrijfscompetentie";
    private static final String FUNCTION = "functiecompetentie";

    private DemoOrganisationProfile() {}

    static OrganisationProfile profile() {
        return new OrganisationProfile(ProfileCode.of(CODE), "Medewerker Belastingen", "Gemeente Voorbeeldstad",
                "Afdeling Belastingen en Invordering", null, null,
                "Zorgt dat gemeentelijke belastingen juist en op tijd worden opgelegd en geïnd, zodat de gemeente"
                        + " haar inkomsten zeker stelt en inwoners en ondernemers weten waar ze aan toe zijn.",
                7, "Direct", "MBO-4", resultAreas(),
                List.of("Gemeentewet", "Algemene wet inzake rijksbelastingen", "Invorderingswet 1990",
                        "Wet waardering onroerende zaken", "Belastingverordeningen van de gemeente Voorbeeldstad"),
                List.of("Kennis van lokale heffingen en de procedure van aanslag tot invordering",
                        "Kan betalingsregelingen en kwijtscheldingsverzoeken beoordelen",
                        "Werkt nauwkeurig met het belastingsysteem en de basisregistraties"),
                behaviourCompetencies(),
                "De afdeling werkt met een vaste jaarcyclus: in het voorjaar gaan de aanslagen de deur uit en"
                        + " piekt het aantal vragen en bezwaren. De medewerker werkt samen met de WOZ-taxateurs,"
                        + " het klantcontactcentrum en externe deurwaarders.",
                List.of(new FocusArea("Kwijtschelding",
                                "Beoordeelt verzoeken om kwijtschelding en overlegt bij schrijnende situaties met schuldhulpverlening."),
                        new FocusArea("Dwanginvordering",
                                "Bereidt dwangbevelen voor en stemt af met de deurwaarder.")));
    }

    private static List<ResultArea> resultAreas() {
        return List.of(
                new ResultArea("Heffen", false,
                        List.of("Controleert de gegevens voor de aanslagen en corrigeert afwijkingen.",
                                "Legt nieuwe belastingplichtigen en wijzigingen vast."),
                        List.of("Aanslagen zijn volledig, juist en op tijd verstuurd.")),
                new ResultArea("Invorderen", false,
                        List.of("Bewaakt betalingen en verstuurt herinneringen en aanmaningen.",
                                "Treft betalingsregelingen binnen de vastgestelde kaders."),
                        List.of("Openstaande vorderingen nemen af en betalingsachterstanden worden vroeg opgepakt.")),
                new ResultArea("Klantcontact en bezwaar", false,
                        List.of("Beantwoordt vragen van inwoners en ondernemers over hun aanslag.",
                                "Bereidt uitspraken op eenvoudige bezwaarschriften voor."),
                        List.of("Inwoners begrijpen hun aanslag en bezwaren zijn binnen de wettelijke termijn afgehandeld.")),
                new ResultArea("Gegevensbeheer", false,
                        List.of("Houdt het belastingsysteem actueel met gegevens uit BRP, BAG en WOZ."),
                        List.of("De heffingsgegevens sluiten aan op de basisregistraties.")),
                ResultArea.notApplicable("Leidinggeven"),
                ResultArea.notApplicable("Beleidsontwikkeling"));
    }

    private static List<BehaviourCompetency> behaviourCompetencies() {
        return List.of(
                new BehaviourCompetency("Integriteit", COMPANY,
                        "Handelt eerlijk, onpartijdig en volgens de regels, ook als niemand meekijkt.",
                        "Weigert een verzoek van een bekende om een aanslag sneller te verminderen en meldt het voorval."),
                new BehaviourCompetency("Klantgerichtheid", COMPANY,
                        "Verplaatst zich in de inwoner en zoekt binnen de wet naar een passende oplossing.",
                        "Ziet dat een inwoner steeds te laat betaalt en wijst op de mogelijkheid van automatische incasso in termijnen."),
                new BehaviourCompetency("Nauwkeurigheid", FUNCTION,
                        "Werkt secuur en controleert gegevens voordat ze tot een aanslag of besluit leiden.",
                        "Vergelijkt een onverwacht hoge aanslag met het vorige jaar en ontdekt een verkeerde oppervlakte."),
                new BehaviourCompetency("Oordeelsvorming", FUNCTION,
                        "Weegt feiten en belangen af en komt tot een goed onderbouwd standpunt.",
                        "Wijst een verzoek om uitstel af omdat eerdere afspraken niet zijn nagekomen, en legt dat helder vast."),
                new BehaviourCompetency("Stressbestendigheid", FUNCTION,
                        "Blijft effectief werken bij drukte, deadlines en emotionele reacties.",
                        "Houdt in de aanslagweek het overzicht over de bezwaren en blijft rustig aan de telefoon."));
    }
}
