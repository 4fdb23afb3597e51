package nl.functiehuis.demo;

import static nl.functiehuis.competency.LevelLetter.A;
import static nl.functiehuis.competency.LevelLetter.B;
import static nl.functiehuis.competency.LevelLetter.C;
import static nl.functiehuis.competency.LevelLetter.D;
import static nl.functiehuis.demo.DemoDictionary.RELATIONAL;
import static nl.functiehuis.demo.DemoDictionary.competency;
import static nl.functiehuis.demo.DemoDictionary.level;

import java.util.List;
import nl.functiehuis.competency.Competency;

/** The demo competencies of the dimension relationeel. */
final class DemoRelationalCompetencies {
    private DemoRelationalCompetencies() {}

    static List<Competency> all() {
        return List.of(
                competency("Klantgerichtheid", RELATIONAL,
                        "Achterhaalt wat een inwoner of ondernemer werkelijk nodig heeft en zoekt binnen de mogelijkheden de best passende oplossing.",
                        level(D, "vriendelijk helpen",
                                "Ontvangt klanten correct en met aandacht.",
                                "Beantwoordt eenvoudige vragen direct of verwijst gericht door."),
                        level(C, "vraag verhelderen",
                                "Stelt doorvragen om te begrijpen wat er achter een vraag zit.",
                                "Houdt de klant op de hoogte van wat er met de vraag gebeurt."),
                        level(B, "meedenken",
                                "Ziet wat de klant nog meer nodig heeft en biedt dat uit zichzelf aan.",
                                "Legt uit waarom iets niet kan en zoekt samen naar een alternatief."),
                        level(A, "dienstverlening verbeteren",
                                "Gebruikt signalen van klanten om werkprocessen te verbeteren.",
                                "Maakt binnen de organisatie ruimte voor maatwerk waar regels knellen.")),
                competency("Samenwerken", RELATIONAL,
                        "Werkt met anderen aan een gezamenlijk resultaat, deelt kennis en stelt het teambelang boven het eigen belang.",
                        level(D, "meedoen",
                                "Komt afspraken met collega's na.",
                                "Biedt hulp aan wanneer een collega het druk heeft."),
                        level(C, "afstemmen",
                                "Stemt het eigen werk af met collega's van andere teams.",
                                "Deelt kennis en handige werkwijzen uit zichzelf."),
                        level(B, "verbinden",
                                "Brengt mensen met verschillende belangen bij elkaar rond één vraag.",
                                "Maakt onderlinge spanningen bespreekbaar."),
                        level(A, "samenwerking bouwen",
                                "Legt duurzame samenwerkingsafspraken vast met ketenpartners.",
                                "Stimuleert een cultuur waarin teams elkaar opzoeken.")),
                competency("Mondelinge communicatie", RELATIONAL,
                        "Brengt een boodschap mondeling helder over, luistert actief en stemt taal en toon af op de ander.",
                        level(D, "duidelijk spreken",
                                "Geeft eenvoudige informatie kort en begrijpelijk door.",
                                "Laat de ander uitpraten."),
                        level(C, "actief luisteren",
                                "Vat samen wat de ander zegt om te controleren of het goed begrepen is.",
                                "Vermijdt vaktaal in gesprekken met inwoners."),
                        level(B, "afstemmen op de ander",
                                "Merkt aan lichaamstaal en stemgebruik hoe een boodschap valt en stuurt bij.",
                                "Brengt slecht nieuws rustig en respectvol."),
                        level(A, "het gesprek leiden",
                                "Leidt lastige gesprekken met meerdere partijen naar een afspraak.",
                                "Presenteert voor een groep en beantwoordt kritische vragen.")),
                competency("Conflicthantering", RELATIONAL,
                        "Herkent spanningen vroeg, blijft kalm bij boosheid of agressie en brengt een conflict terug tot een werkbare situatie.",
                        level(D, "kalm blijven",
                                "Blijft beleefd als een klant zijn stem verheft.",
                                "Haalt tijdig hulp bij dreigend of agressief gedrag."),
                        level(C, "de-escaleren",
                                "Erkent de emotie van de klant en brengt het gesprek terug naar de inhoud.",
                                "Stelt grenzen aan ongewenst gedrag zonder zelf op te jagen."),
                        level(B, "bemiddelen",
                                "Zoekt bij een meningsverschil naar de gedeelde belangen.",
                                "Spreekt een collega aan op een oplopend conflict en helpt het oplossen."),
                        level(A, "conflicten voorkomen",
                                "Analyseert terugkerende conflicten en past werkwijze of informatie daarop aan.",
                                "Handelt escalaties af die anderen niet hebben kunnen oplossen.")));
    }
}
