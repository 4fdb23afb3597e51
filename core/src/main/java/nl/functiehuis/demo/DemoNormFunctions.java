package nl.functiehuis.demo;

import java.util.List;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.ProfileCode;
import nl.functiehuis.profile.QualificationLink;

/**
 * The demo norm functions of group VS01.01 (Medewerker Dienstverlening I, the heaviest, to IV) and the
 * enriched profile built on level II.
 */
final class DemoNormFunctions {
    static final String SECOND_CODE = "VS01.01.04";
    static final String ENRICHED_CODE = SECOND_CODE + "/VP";

    private static final String TITLE = "Medewerker Dienstverlening";

    private DemoNormFunctions() {}

    /** Heaviest first: I, II, III, IV. */
    static List<NormFunction> all() {
        return List.of(
                norm("VS01.01.02", "I", "4", DemoNormContents.first()),
                norm(SECOND_CODE, "II", "4", DemoNormContents.second()),
                norm("VS01.01.06", "III", "3", DemoNormContents.third()),
                norm("VS01.01.08", "IV", "2", DemoNormContents.fourth()));
    }

    static EnrichedProfile enriched() {
        NormFunction base = norm(SECOND_CODE, "II", "4", DemoNormContents.second());
        return new EnrichedProfile(ProfileCode.of(ENRICHED_CODE), base.title(), "Medewerker Burgerzaken",
                base.code(), base.groupCode(), base.dictionary(), base.content(), List.of(
                        new QualificationLink(DemoCatalog.LEGAL_QUALIFICATION, 4,
                                "Behandelt aanvragen voor burgerzakenproducten zelfstandig en toetst ze aan de regels.",
                                "Gangbare aanvragen met af en toe een afwijkend geval dat uitzoekwerk vraagt.",
                                List.of("Algemene wet bestuursrecht: bezwaar en termijnen",
                                        "Wet basisregistratie personen",
                                        "Paspoortwet op hoofdlijnen")),
                        new QualificationLink(DemoCatalog.CONTACT_QUALIFICATION, 3,
                                "Eerste aanspreekpunt voor inwoners aan balie, telefoon en chat.",
                                "Veel verschillende vragen per dag, meestal met een bekend antwoord.",
                                List.of("Kanaalsturing en digitale dienstverlening",
                                        "Klantcontactsysteem van de gemeente"))));
    }

    private static NormFunction norm(String code, String numeral, String nlqf, NormContent content) {
        return new NormFunction(ProfileCode.of(code), TITLE + " " + numeral, DemoCatalog.DESK_GROUP,
                DemoDictionary.ID, nlqf, content);
    }
}
