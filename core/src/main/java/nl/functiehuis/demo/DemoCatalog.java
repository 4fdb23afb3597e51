package nl.functiehuis.demo;

import java.math.BigDecimal;
import java.util.List;
import nl.functiehuis.house.CoreTask;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.house.Qualification;
import nl.functiehuis.house.SalaryScale;
import nl.functiehuis.house.WorkProcess;

/**
 * The reference data of the demo house: the function series with its groups, the salary scales and
 * the MBO qualifications the enriched profile links to. The qualifications are simplified
 * illustrations written for this demo, not the official qualification dossiers.
 */
final class DemoCatalog {
    static final String SERIES = "VS01";
    static final String DESK_GROUP = "VS01.01";
    static final String GUIDANCE_GROUP = "VS01.02";

    static final String LEGAL_QUALIFICATION = "Juridisch medewerker openbaar bestuur";
    static final String CONTACT_QUALIFICATION = "Medewerker contactcenter";

    private DemoCatalog() {}

    static List<FunctionSeries> series() {
        return List.of(new FunctionSeries(SERIES, "Publieksdienstverlening",
                "Functies waarin medewerkers inwoners en ondernemers rechtstreeks helpen: aan de balie,"
                        + " aan de telefoon, online en bij begeleiding naar werk of zorg.",
                List.of(
                        new FunctionGroup(DESK_GROUP, "Balie en contact",
                                "Eerste aanspreekpunt van de gemeente: vragen beantwoorden, producten verstrekken"
                                        + " en aanvragen in behandeling nemen."),
                        new FunctionGroup(GUIDANCE_GROUP, "Begeleiding",
                                "Persoonlijke begeleiding van inwoners die ondersteuning nodig hebben bij werk,"
                                        + " inkomen of meedoen."))));
    }

    static List<SalaryScale> scales() {
        return List.of(
                scale(4, "2410.00", "2985.00"),
                scale(5, "2475.00", "3240.00"),
                scale(6, "2630.00", "3560.00"),
                scale(7, "2890.00", "4075.00"),
                scale(8, "3170.00", "4590.00"));
    }

    static List<Qualification> qualifications() {
        return List.of(
                new Qualification(LEGAL_QUALIFICATION, 4, List.of(
                        new CoreTask("B1-K1", "Behandelt aanvragen en verzoeken op juridische juistheid", List.of(
                                new WorkProcess("B1-K1-W1", "Toetst een aanvraag aan wet- en regelgeving"),
                                new WorkProcess("B1-K1-W2", "Bereidt een beschikking voor"),
                                new WorkProcess("B1-K1-W3", "Legt de afhandeling vast in het dossier"))),
                        new CoreTask("B1-K2", "Informeert en adviseert burgers over rechten en plichten", List.of(
                                new WorkProcess("B1-K2-W1", "Geeft uitleg over procedures en termijnen"),
                                new WorkProcess("B1-K2-W2", "Bereidt de behandeling van een bezwaar voor"))))),
                new Qualification(CONTACT_QUALIFICATION, 3, List.of(
                        new CoreTask("B1-K1", "Handelt klantcontacten af via meerdere kanalen", List.of(
                                new WorkProcess("B1-K1-W1", "Stelt de klantvraag vast"),
                                new WorkProcess("B1-K1-W2", "Beantwoordt de vraag of zet hem door"),
                                new WorkProcess("B1-K1-W3", "Registreert het contact"))),
                        new CoreTask("B1-K2", "Draagt bij aan de kwaliteit van de dienstverlening", List.of(
                                new WorkProcess("B1-K2-W1", "Signaleert knelpunten in het klantproces"),
                                new WorkProcess("B1-K2-W2", "Deelt kennis met collega's"))))));
    }

    private static SalaryScale scale(int number, String minimum, String maximum) {
        return new SalaryScale(number, new BigDecimal(minimum), new BigDecimal(maximum));
    }
}
