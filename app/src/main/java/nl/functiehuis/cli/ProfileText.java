package nl.functiehuis.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;

/** A profile version as readable Dutch text: what version it is, then every section of its kind. */
final class ProfileText {
    private static final DateTimeFormatter SAVED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ProfileText() {}

    static String of(ProfileVersion version) {
        var sheet = new TextSheet();
        FunctionProfile profile = version.profile();
        sheet.title(profile.code() + "  " + profile.title());
        sheet.field("Soort", profile.kind().label());
        sheet.field("Versie", version.number() + " (" + version.status().label() + ")");
        sheet.field("Ingangsdatum", version.effectiveDate());
        sheet.field("Opgeslagen", SAVED.format(version.savedAt()) + " door " + version.author());
        sheet.field("Toelichting", version.note());
        sheet.field("Functiegroep", profile.groupCode());
        sheet.field("Competentiewoordenboek", profile.dictionary());
        switch (profile) {
            case NormFunction n -> NormText.write(sheet, n);
            case EnrichedProfile e -> NormText.write(sheet, e);
            case OrganisationProfile o -> OrganisationText.write(sheet, o);
            case LevelledFamily f -> LevelledText.write(sheet, f);
            case GenericProfile g -> generic(sheet, g);
        }
        return sheet.toString();
    }

    private static void generic(TextSheet sheet, GenericProfile g) {
        sheet.field("Bron", g.source());
        g.sections().forEach(s -> sheet.list(s.heading(), s.paragraphs()));
    }
}
