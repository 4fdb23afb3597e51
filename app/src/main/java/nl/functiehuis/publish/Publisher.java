package nl.functiehuis.publish;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.profile.FunctionProfile;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;

/**
 * Publishes the house: finds what to print (a profile version, or the latest versions of a booklet's part of the
 * house) and typesets it as a standalone HTML page or a PDF. A booklet holds at most {@link #MAX_BOOKLET_PROFILES}
 * profiles, so the memory a PDF's layout takes stays bounded; the house is read once per booklet.
 */
public final class Publisher {
    public static final int MAX_BOOKLET_PROFILES = 400;

    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;
    private final Typesetter typesetter;
    private final Clock clock;

    public Publisher(FunctionProfiles profiles, HouseCatalog catalog, ITemplateEngine templates, Clock clock) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.typesetter = new Typesetter(templates);
        this.clock = clock;
    }

    /** The printed form of a profile's latest version, or of version {@code number}; empty when there is none. */
    public Optional<PrintedProfile> profile(String code, @Nullable Integer number) {
        Optional<ProfileVersion> version = number == null ? profiles.latest(code) : profiles.version(code, number);
        HouseIndex house = HouseIndex.of(catalog.name(), catalog.dictionaries(), catalog.series(), catalog.qualifications(),
                c -> profiles.latest(c).map(v -> v.profile().title()).orElse(null));
        return version.map(v -> ProfilePrints.of(v, house));
    }

    /** The booklet of a part of the house; empty when the series, group or family does not exist. */
    public Optional<Booklet> booklet(BookletScope scope) {
        List<ProfileVersion> latest = profiles.latestOfAll();
        Map<String, String> titles = new HashMap<>();
        latest.forEach(v -> titles.put(v.code().value(), v.profile().title()));
        HouseIndex house = HouseIndex.of(catalog.name(), catalog.dictionaries(), catalog.series(), catalog.qualifications(),
                titles::get);
        Optional<BookletPlan.Plan> plan = new BookletPlan(latest, catalog.series(), house.houseName()).plan(scope);
        if (plan.isPresent() && plan.get().profiles() > MAX_BOOKLET_PROFILES) {
            throw new BookletTooLarge(plan.get().profiles(), MAX_BOOKLET_PROFILES);
        }
        return plan.map(p -> booklet(p, house));
    }

    /** The profile as a standalone HTML page: one file, its style sheet inlined. */
    public String html(PrintedProfile profile) {
        return typesetter.xhtml("print/profile", "doc", profile, false);
    }

    public void pdf(PrintedProfile profile, OutputStream out) {
        typesetter.pdf(typesetter.xhtml("print/profile", "doc", profile, true), out);
    }

    public void pdf(Booklet booklet, OutputStream out) {
        typesetter.pdf(typesetter.xhtml("print/booklet", "doc", booklet, true), out);
    }

    /** A standalone page, in the publications' style, saying why a publication was not made. */
    public String refusal(String message) {
        return typesetter.xhtml("print/refused", "message", message, false);
    }

    private Booklet booklet(BookletPlan.Plan plan, HouseIndex house) {
        String date = PrintDates.of(LocalDate.now(clock.withZone(PrintDates.ZONE)));
        List<Booklet.Chapter> chapters = plan.parts().stream().map(part -> {
            List<FunctionProfile> members = part.versions().stream().map(ProfileVersion::profile).toList();
            return new Booklet.Chapter(part.anchor(), part.code(), part.name(), part.context(), part.description(),
                    MatrixBuilder.of(members, house.dictionaries()),
                    part.versions().stream().map(v -> ProfilePrints.of(v, house)).toList());
        }).toList();
        int count = plan.profiles();
        String note = "Deze uitgave bevat de laatste versie van " + (count == 1 ? "het profiel" : "elk van de " + count
                + " profielen") + " op " + date + ". Versie, status en datum van een profiel staan onder aan zijn pagina's.";
        return new Booklet(house.houseName(), plan.kicker(), plan.title(), plan.description(), date, note, chapters);
    }
}
