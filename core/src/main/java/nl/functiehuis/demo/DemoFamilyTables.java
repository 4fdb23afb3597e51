package nl.functiehuis.demo;

import java.util.List;
import nl.functiehuis.profile.LevelCell;
import nl.functiehuis.profile.LevelledRow;

/** The per-level tables of the demo family Klantbegeleider: what sets A, B and C apart. */
final class DemoFamilyTables {
    private DemoFamilyTables() {}

    static List<LevelledRow> factors() {
        return List.of(
                row("1. Aard",
                        List.of("Begeleidt klanten met een overzichtelijke vraag naar werk."),
                        List.of("Begeleidt klanten met meerdere belemmeringen, zoals schulden of gezondheid."),
                        List.of("Begeleidt klanten in vastgelopen situaties waarin veel partijen betrokken zijn.")),
                row("2. Complexiteit",
                        List.of("Werkt met bekende trajecten en vaste werkinstructies."),
                        List.of("Combineert voorzieningen en past de aanpak aan op de klant."),
                        List.of("Zoekt maatwerk buiten de gebaande paden en weegt tegenstrijdige belangen af.")),
                row("3. Autonomie",
                        List.of("Legt afwijkingen van het plan voor aan een ervaren collega."),
                        List.of("Beslist zelfstandig over de inzet van trajecten binnen het budget."),
                        List.of("Beslist over uitzonderingen en adviseert de teamleider over beleid.")),
                row("4. Verbetering",
                        List.of("Meldt knelpunten die hij of zij in het werk tegenkomt."),
                        List.of("Doet voorstellen om werkwijzen in het team te verbeteren."),
                        List.of("Trekt verbeterprojecten en vertaalt nieuwe regels naar de praktijk.")),
                row("5. Communicatie",
                        List.of("Informeert en motiveert de klant in gewone gesprekken."),
                        List.of("Voert ook confronterende gesprekken en maakt afspraken met partners."),
                        List.of("Onderhandelt met werkgevers en zorgpartners en coacht collega's.")));
    }

    static List<LevelledRow> latitude() {
        return List.of(row("Speelruimte",
                List.of("Werkt binnen een vastgesteld plan en vaste procedures."),
                List.of("Kiest zelf de route binnen de kaders van regeling en budget."),
                List.of("Mag van de kaders afwijken als dat de klant aantoonbaar verder helpt.")));
    }

    static List<LevelledRow> knowledgeAndSkills() {
        return List.of(
                row("Werk- en denkniveau",
                        List.of("MBO 4"),
                        List.of("HBO-werk- en denkniveau"),
                        List.of("HBO-werk- en denkniveau met ruime ervaring")),
                row("Kennis",
                        List.of("Participatiewet op hoofdlijnen", "Sociale kaart van Voorbeeldstad"),
                        List.of("Participatiewet en aanpalende regelingen", "Arbeidsmarkt in de regio"),
                        List.of("Wet- en regelgeving in het sociaal domein", "Methodieken voor klantbegeleiding")),
                row("Vaardigheid",
                        List.of("Motiverende gespreksvoering", "Rapporteren"),
                        List.of("Confronteren en grenzen stellen", "Netwerken met werkgevers"),
                        List.of("Coachen van collega's", "Onderhandelen met ketenpartners")));
    }

    private static LevelledRow row(String title, List<String> a, List<String> b, List<String> c) {
        return new LevelledRow(title, List.of(new LevelCell("A", a), new LevelCell("B", b), new LevelCell("C", c)));
    }
}
