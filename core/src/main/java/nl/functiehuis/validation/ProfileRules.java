package nl.functiehuis.validation;

import java.util.List;

/** The rules about one profile, each a named value; {@link #all()} in the order the rules page shows them. */
public final class ProfileRules {
    private static final String BOX = "CompetentieBOX";
    private static final String UWV = "UWV Klantadviseur A/B/C, voetnoot 4";

    public static final ProfileRule REQUIRED_SECTIONS = new ProfileRule("SECTIES", "Verplichte onderdelen aanwezig",
            Severity.FOUT, BOX + " §1.2 (onderdelen van een competentieprofiel); functiehuis (per soort profiel)",
            "Een normfunctie heeft overwegende functiekenmerken, kritische werksituaties, competenties, vakkennis en een"
                    + " minimale opleiding; een verrijkt profiel ook kwalificaties; een functieprofiel een doel,"
                    + " indeling, resultaatgebieden en gedragscompetenties; een functiefamilie een doel,"
                    + " resultaatgebieden, differentiërende factoren, kennis en vaardigheid, competenties en een schaal per niveau.",
            RequiredSections::check);

    public static final ProfileRule MAX_FIVE = new ProfileRule("CB-MAX-5", "Hoogstens vijf competenties", Severity.FOUT,
            BOX + " §1.2", "Een normfunctie en haar verrijkte profielen vragen hoogstens vijf competenties: de meest"
                    + " cruciale en onderscheidende.", CompetencyCount::check);

    public static final ProfileRule EMPTY_DIMENSIONS = new ProfileRule("CB-DIMENSIES", "Lege dimensies benoemd",
            Severity.INFO, BOX + " §1.2", "Competenties worden zo veel mogelijk over de dimensies verdeeld. Een lege"
                    + " dimensie mag, maar moet uit te leggen zijn; deze regel noemt haar.", EmptyDimensions::check);

    public static final ProfileRule KNOWN_COMPETENCY = new ProfileRule("WB-COMPETENTIE",
            "Competentie staat in het woordenboek", Severity.FOUT, "functiehuis (competentiewoordenboek)",
            "Elke competentie die een profiel vraagt, staat in het competentiewoordenboek van dat profiel, en dat"
                    + " woordenboek bestaat.", DictionaryRules::competencies);

    public static final ProfileRule KNOWN_LEVEL = new ProfileRule("WB-NIVEAU", "Gedragsniveau beschreven in het woordenboek",
            Severity.FOUT, BOX + " §1.2 (gedragsniveaus D–A)", "Elk gevraagd gedragsniveau is voor die competentie in het"
                    + " woordenboek beschreven; een woordenboek met niveaus vraagt altijd een niveau, een zonder niveaus nooit.",
            DictionaryRules::levels);

    public static final ProfileRule EDUCATION_NLQF = new ProfileRule("OPL-NLQF", "Minimale opleiding past bij het NLQF-niveau",
            Severity.WAARSCHUWING, BOX + " deel 2 (NLQF-indeling)", "De minimale opleiding noemt een niveau dat niet"
                    + " onder het (laagste) NLQF-niveau van de functie ligt; een verrijkt profiel telt het NLQF-niveau"
                    + " van zijn normfunctie.", EducationVsNlqf::check);

    public static final ProfileRule ENRICHED_BASE = new ProfileRule("VP-BASIS", "Verrijkt profiel volgt zijn normfunctie",
            Severity.WAARSCHUWING, BOX + " §3.1 (verrijkte profielen)", "Een verrijkt profiel voegt kwalificaties toe"
                    + " aan een normfunctie en neemt haar competenties, niveaus en minimale opleiding over.",
            EnrichedVsBase::check);

    public static final ProfileRule UWV_CORE = new ProfileRule("UWV-KERN-3", "Precies drie kerncompetenties",
            Severity.FOUT, UWV, "Een functiefamilie met niveaus heeft precies drie kerncompetenties, die op elk niveau"
                    + " gelden.", UwvCompetencies::core);

    public static final ProfileRule UWV_SPECIFIC = new ProfileRule("UWV-SPECIFIEK-5",
            "Hoogstens vijf functiespecifieke competenties per niveau", Severity.FOUT, UWV, "Naast de drie"
                    + " kerncompetenties krijgt elk niveau hoogstens vijf functiespecifieke competenties.",
            UwvCompetencies::specific);

    public static final ProfileRule BOOKLET_MATRIX = new ProfileRule("BOEKJE-MATRIX", "Competentiematrix klopt met het profiel",
            Severity.WAARSCHUWING, BOX + " §1.3 (competentiematrix)", "Het niveau dat de samenvattende matrix van een"
                    + " boekje een functie geeft, is het niveau dat haar profiel nu vraagt.", BookletRules::matrix);

    public static final ProfileRule BOOKLET_TEXT = new ProfileRule("BOEKJE-TEKST", "Groepstekst klopt met het profiel",
            Severity.WAARSCHUWING, BOX + " §1.3.1–1.3.2 (functiegroepen)", "Een niveau dat de tekst over een"
                    + " functiegroep voor functies noemt, is het niveau dat hun profielen nu vragen.", BookletRules::text);

    public static final ProfileRule UNSTRUCTURED = new ProfileRule("ONGESTRUCTUREERD", "Profiel is gestructureerd",
            Severity.INFO, "functiehuis (import)", "Een profiel waarvan de opmaak niet werd herkend, is als losse"
                    + " secties bewaard; de methoderegels kunnen het pas controleren als het is omgezet.",
            Unstructured::check);

    private ProfileRules() {}

    public static List<ProfileRule> all() {
        return List.of(REQUIRED_SECTIONS, MAX_FIVE, EMPTY_DIMENSIONS, KNOWN_COMPETENCY, KNOWN_LEVEL, EDUCATION_NLQF,
                ENRICHED_BASE, UWV_CORE, UWV_SPECIFIC, BOOKLET_MATRIX, BOOKLET_TEXT, UNSTRUCTURED);
    }
}
