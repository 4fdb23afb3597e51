package nl.functiehuis.education;

import java.util.List;
import java.util.Optional;

/**
 * A level of the Dutch qualifications framework NLQF: the entry level (instroomniveau) and levels 1 to 8,
 * each with a short plain-language description of our own and typical examples of education at that level.
 */
public enum NlqfLevel {
    ENTRY(0, "Instroomniveau",
            "Basisvaardigheden: eenvoudige teksten lezen, rekenen met alledaagse getallen en onder begeleiding "
                    + "een vaste, korte handeling uitvoeren.",
            List.of("basiscursus taal en rekenen (volwasseneneducatie)")),
    LEVEL_1(1, "NLQF 1",
            "Doet eenvoudig, steeds terugkerend werk volgens duidelijke aanwijzingen, met iemand in de buurt die "
                    + "helpt en controleert.",
            List.of("mbo 1 (entreeopleiding)", "vmbo basisberoepsgerichte leerweg")),
    LEVEL_2(2, "NLQF 2",
            "Kent de basis van een vak en doet overzichtelijk werk grotendeels zelf; lost alledaagse vragen op met "
                    + "bekende oplossingen en staat in voor het eigen werk.",
            List.of("mbo 2 (basisberoepsopleiding)", "vmbo kaderberoepsgerichte, gemengde of theoretische leerweg")),
    LEVEL_3(3, "NLQF 3",
            "Is vakkundig en werkt zelfstandig, ook als situaties wisselen; pakt lastiger vragen stap voor stap aan "
                    + "en stemt af met collega's.",
            List.of("mbo 3 (vakopleiding)")),
    LEVEL_4(4, "NLQF 4",
            "Heeft brede vakkennis met de theorie erachter; ontleedt ingewikkelde vragen uit de praktijk, "
                    + "regelt werk voor anderen en kan hen begeleiden.",
            List.of("mbo 4 (middenkader- of specialistenopleiding)", "havo", "vwo")),
    LEVEL_5(5, "NLQF 5",
            "Verbindt praktijk en hoger onderwijs; lost vraagstukken op waarvoor eigen afwegingen nodig zijn en "
                    + "stuurt een deel van het werk aan.",
            List.of("associate degree (hbo)")),
    LEVEL_6(6, "NLQF 6",
            "Werkt op bachelorniveau: past kennis van een vakgebied kritisch toe, vindt zelf een aanpak voor "
                    + "complexe vragen en draagt verantwoordelijkheid voor eigen werk en dat van anderen.",
            List.of("bachelor (hbo)", "bachelor (wo)")),
    LEVEL_7(7, "NLQF 7",
            "Werkt op masterniveau: ontwikkelt nieuwe inzichten of werkwijzen, beslist bij onzekerheid en geeft "
                    + "richting aan complexe vraagstukken.",
            List.of("master (hbo)", "master (wo)")),
    LEVEL_8(8, "NLQF 8",
            "Werkt op doctorsniveau: doet zelfstandig oorspronkelijk onderzoek dat het vakgebied vooruit brengt en "
                    + "leidt vernieuwing.",
            List.of("doctor (promotie)"));

    private final int number;
    private final String label;
    private final String description;
    private final List<String> examples;

    NlqfLevel(int number, String label, String description, List<String> examples) {
        this.number = number;
        this.label = label;
        this.description = description;
        this.examples = examples;
    }

    /** 0 for the entry level, otherwise 1 to 8. */
    public int number() {
        return number;
    }

    /** "Instroomniveau" or "NLQF 4". */
    public String label() {
        return label;
    }

    /** Our own short Dutch description of what someone at this level knows and can do. */
    public String description() {
        return description;
    }

    /** Typical Dutch education at this level. */
    public List<String> examples() {
        return examples;
    }

    public static Optional<NlqfLevel> of(int number) {
        for (NlqfLevel level : values()) {
            if (level.number == number) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
