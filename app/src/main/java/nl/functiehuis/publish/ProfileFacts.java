package nl.functiehuis.publish;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.GenericProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.MinimumEducation;
import nl.functiehuis.profile.NormContent;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.publish.HouseIndex.GroupPath;
import nl.functiehuis.publish.PrintedProfile.Fact;
import org.jspecify.annotations.Nullable;

/** The facts of a printed profile's title block: code, kind and version first, then what its kind adds. */
final class ProfileFacts {
    private ProfileFacts() {}

    static List<Fact> of(ProfileVersion v, @Nullable GroupPath group, HouseIndex house) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Functiecode", v.code().value()));
        facts.add(new Fact("Soort profiel", v.profile().kind().label()));
        facts.add(new Fact("Status", v.status().label()));
        facts.add(new Fact("Versie", v.number() + " (" + PrintDates.of(v.savedAt()) + ")"));
        if (v.effectiveDate() != null) {
            facts.add(new Fact("Ingangsdatum", PrintDates.of(v.effectiveDate())));
        }
        if (group != null) {
            facts.add(new Fact("Functiegroep", group.groupCode() + " " + group.groupName()));
        }
        switch (v.profile()) {
            case NormFunction n -> {
                education(facts, n.content());
                add(facts, "NLQF-niveau", n.nlqfLevel());
            }
            case EnrichedProfile e -> {
                String base = house.titles().apply(e.baseCode().value());
                facts.add(new Fact("Basisprofiel", e.baseCode().value() + (base == null ? "" : " " + base)));
                education(facts, e.content());
            }
            case OrganisationProfile o -> {
                add(facts, "Organisatie", o.organisation());
                add(facts, "Indeling", o.scale() == null ? null : "Schaal " + o.scale());
                add(facts, "Soort functie", o.functionType());
                add(facts, "Werk- en denkniveau", o.thinkingLevel());
            }
            case LevelledFamily f -> add(facts, "Organisatie", f.organisation());
            case GenericProfile g -> add(facts, "Bron", g.source());
        }
        return facts;
    }

    private static void education(List<Fact> facts, NormContent content) {
        MinimumEducation m = content.minimumEducation();
        if (m != null && m.level() != null) {
            facts.add(new Fact("Minimaal opleidingsniveau", m.level().label()));
        }
    }

    private static void add(List<Fact> facts, String label, @Nullable String value) {
        if (value != null) {
            facts.add(new Fact(label, value));
        }
    }
}
