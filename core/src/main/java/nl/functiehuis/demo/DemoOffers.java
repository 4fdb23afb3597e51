package nl.functiehuis.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * Four fictitious candidates offered on the {@link DemoVacancy} by fictitious suppliers, with the evidence per
 * eis and the scores the recruiter gave. The last asks more than the tariff maximum, so the demo shows an
 * exclusion. Written for this project; any likeness to real people or firms is unintended.
 */
public final class DemoOffers {

    /** Points for one wish or competency, with the assessor's comment. */
    public record Points(BigDecimal points, String comment) {}

    /**
     * One offer: evidence per eis (eis 1 first), and the recruiter's scores per wish and per competency in the
     * vacancy's order; an offer without scores is not judged (it is excluded on its rate anyway).
     */
    public record Offer(String name, String supplier, BigDecimal rate, String availability, String cv,
            List<String> evidence, List<Points> wishes, List<Points> competencies) {

        public boolean judged() {
            return !wishes.isEmpty();
        }
    }

    private DemoOffers() {}

    public static List<Offer> all() {
        return List.of(
                new Offer("Sanne de Wit", "Voorbeeld Detachering", new BigDecimal("52.50"), "Per 1 maart, 32 uur",
                        "Drie jaar medewerker heffen en invorderen bij een buurgemeente; daarvoor klantcontact.",
                        List.of("Diploma mbo 4 Financiële administratie", "2023–2026 medewerker heffen en invorderen",
                                "Dagelijks werk met het belastingsysteem van de buurgemeente"),
                        List.of(p(20, "Ruim drie jaar kwijtschelding, zelfstandig"), p(5, "Enkele bezwaren, met begeleiding"),
                                p(10, "Heldere voorbeeldbrief")),
                        List.of(p(4, "Noemt zelf een dilemma en hoe zij het oploste"), p(5, "Sterk aan de telefoon"),
                                p(4, "Controleert haar eigen werk"), p(4, "Weegt belangen goed af"),
                                p(3, "Ervaart de piek als zwaar"))),
                new Offer("Youssef Amrani", "Interim Stadswerk", new BigDecimal("48.00"), "Per 1 maart, 36 uur",
                        "Twee jaar bezwaarbehandelaar belastingen, eerder baliemedewerker burgerzaken.",
                        List.of("Diploma mbo 4 Juridisch medewerker", "2024–2026 bezwaarbehandelaar belastingen",
                                "Werkt met de bezwaarmodule van zijn huidige belastingsysteem"),
                        List.of(p(10, "Minder dan twee jaar kwijtschelding"), p(10, "Handelt bezwaren zelfstandig af"),
                                p(5, "Brief is correct maar ambtelijk")),
                        List.of(p(4, "Duidelijk over grenzen"), p(4, "Vriendelijk en geduldig"),
                                p(5, "Zeer precies in het gesprek"), p(3, "Volgt vooral de regels"),
                                p(4, "Rustig onder druk"))),
                new Offer("Marloes Jansen", "Flexbureau De Brug", new BigDecimal("58.75"), "Per 15 maart, 32 uur",
                        "Vijf jaar invordering en kwijtschelding bij een waterschap en een gemeente.",
                        List.of("Diploma mbo 4 Bedrijfsadministratie en hbo-propedeuse", "2021–2026 invordering en kwijtschelding",
                                "Werkte met twee verschillende belastingsystemen"),
                        List.of(p(20, "Vijf jaar kwijtschelding"), p(10, "Zelfstandig, ook hoorzittingen"),
                                p(5, "Goede brief, wat lang")),
                        List.of(p(5, "Sterk voorbeeld van integer handelen"), p(4, "Klantgericht"),
                                p(4, "Nauwkeurig"), p(5, "Onderbouwt haar oordeel goed"), p(4, "Kent de piek"))),
                new Offer("Dirk Verbeek", "Voorbeeld Detachering", new BigDecimal("64.00"), "Per 1 april, 24 uur",
                        "Zelfstandig adviseur lokale belastingen sinds 2015.",
                        List.of("Diploma hbo Fiscaal recht", "2015–2026 adviseur lokale belastingen",
                                "Implementeerde belastingsystemen bij drie gemeenten"),
                        List.of(), List.of()));
    }

    private static Points p(int points, String comment) {
        return new Points(BigDecimal.valueOf(points), comment);
    }
}
