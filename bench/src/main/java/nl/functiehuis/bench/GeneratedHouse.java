package nl.functiehuis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.functiehuis.demo.DemoHouse;
import nl.functiehuis.house.FunctionGroup;
import nl.functiehuis.house.FunctionSeries;
import nl.functiehuis.snapshot.HouseSnapshot;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.EnrichedProfile;
import nl.functiehuis.profile.FunctionLevel;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.LevelledFamily;
import nl.functiehuis.profile.NormFunction;
import nl.functiehuis.profile.OrganisationProfile;
import nl.functiehuis.profile.ProfileCode;

/**
 * A large, deterministic function house for the load tests, built from the demo house's dictionary and
 * contents: groups of 16 profiles (12 norm functions, 2 enriched profiles, an organisation profile and a
 * levelled family), 25 groups a series. {@code main(outFile, count)} writes it in the export format and
 * the profile codes, one a line, to {@code outFile + ".codes"}.
 */
public final class GeneratedHouse {
    static final int PER_GROUP = 16;
    private static final int GROUPS_PER_SERIES = 25;
    private static final long SEED = 20_261_122L;
    private static final Instant SAVED_AT = Instant.parse("2026-01-01T09:00:00Z");
    private static final String[] ROLES = {"Medewerker", "Adviseur", "Specialist", "Coördinator", "Consulent",
        "Regisseur", "Beheerder", "Analist"};
    private static final String[] DOMAINS = {"Dienstverlening", "Burgerzaken", "Belastingen", "Vergunningen",
        "Financiën", "Inkoop", "Openbare Ruimte", "Informatiebeheer", "Personeelszaken", "Communicatie",
        "Sociaal Domein", "Handhaving", "Archief", "Onderwijs", "Welzijn", "Ruimtelijke Ordening"};
    private static final String[] NUMERALS = {"I", "II", "III", "IV"};

    private GeneratedHouse() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("gebruik: GeneratedHouse <uitvoerbestand> <aantal profielen>");
        }
        HouseSnapshot house = snapshot(Integer.parseInt(args[1]));
        Path out = Path.of(args[0]);
        Files.writeString(out, SnapshotJson.write(house), StandardCharsets.UTF_8);
        Files.write(Path.of(args[0] + ".codes"), house.profiles().stream().map(v -> v.code().slug()).toList());
        System.out.println(house.profiles().size() + " profielen in "
                + house.series().stream().mapToInt(s -> s.groups().size()).sum() + " groepen: " + out);
    }

    /** The house with {@code count} profiles (at least one group), always the same for the same count. */
    public static HouseSnapshot snapshot(int count) {
        HouseSnapshot demo = DemoHouse.snapshot(SAVED_AT);
        Random random = new Random(SEED);
        List<NormFunction> norms = new ArrayList<>();
        EnrichedProfile enriched = null;
        OrganisationProfile organisation = null;
        LevelledFamily family = null;
        for (ProfileVersion v : demo.profiles()) {
            switch (v.profile()) {
                case NormFunction n -> norms.add(n);
                case EnrichedProfile e -> enriched = e;
                case OrganisationProfile o -> organisation = o;
                case LevelledFamily f -> family = f;
                default -> { }
            }
        }
        int groups = Math.max(1, (count + PER_GROUP - 1) / PER_GROUP);
        List<FunctionSeries> series = new ArrayList<>();
        List<ProfileVersion> versions = new ArrayList<>();
        List<FunctionGroup> current = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            String seriesCode = "GH%02d".formatted(g / GROUPS_PER_SERIES + 1);
            String groupCode = seriesCode + ".%02d".formatted(g % GROUPS_PER_SERIES + 1);
            String domain = DOMAINS[random.nextInt(DOMAINS.length)];
            current.add(new FunctionGroup(groupCode, domain + " " + (g + 1), "Gegenereerde groep " + (g + 1)));
            GroupMaker maker = new GroupMaker(groupCode, domain, random, versions, count);
            maker.add(norms, enriched, organisation, family);
            if (current.size() == GROUPS_PER_SERIES || g == groups - 1) {
                series.add(new FunctionSeries(seriesCode, "Gegenereerde reeks " + seriesCode, null, List.copyOf(current)));
                current.clear();
            }
        }
        List<FunctionSeries> allSeries = new ArrayList<>(demo.series());
        allSeries.addAll(series);
        return new HouseSnapshot(HouseSnapshot.FORMAT, "Gegenereerd functiehuis (" + count + ")", demo.dictionaries(),
                allSeries, demo.qualifications(), demo.scales(), versions, List.of());
    }

    /** Adds the profiles of one group, stopping at the wanted total. */
    private record GroupMaker(String group, String domain, Random random, List<ProfileVersion> versions, int count) {
        void add(List<NormFunction> norms, EnrichedProfile enriched, OrganisationProfile organisation,
                LevelledFamily family) {
            List<NormFunction> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                NormFunction base = norms.get(i % norms.size());
                String role = ROLES[random.nextInt(ROLES.length)];
                NormFunction norm = new NormFunction(code("%02d".formatted(2 * i + 2)),
                        role + " " + domain + " " + NUMERALS[i % NUMERALS.length], group, base.dictionary(),
                        base.nlqfLevel(), base.content());
                made.add(norm);
                version(norm);
            }
            for (int i = 0; i < 2; i++) {
                NormFunction base = made.get(1 + 4 * i);
                version(new EnrichedProfile(ProfileCode.of(base.code().value() + "/VP"), base.title(),
                        enriched.subtitle() + " " + domain, base.code(), group, base.dictionary(), base.content(),
                        enriched.qualifications()));
            }
            OrganisationProfile o = organisation;
            version(new OrganisationProfile(code("90"), o.title() + " " + domain, o.organisation(), domain, group,
                    o.dictionary(), o.purpose(), o.scale(), o.functionType(), o.thinkingLevel(), o.resultAreas(),
                    o.frameworks(), o.professionalCompetencies(), o.behaviourCompetencies(), o.context(),
                    o.focusAreas()));
            LevelledFamily f = family;
            ProfileCode familyCode = code("F");
            List<FunctionLevel> levels = f.levels().stream().map(l -> new FunctionLevel(l.letter(),
                    ProfileCode.of(familyCode.value() + "-" + l.letter()), l.name() + " " + domain, l.qualifier(),
                    l.scale())).toList();
            version(new LevelledFamily(familyCode, f.title() + " " + domain, f.organisation(), group, f.dictionary(),
                    f.purpose(), f.position(), f.context(), levels, f.resultAreas(), f.factors(), f.latitude(),
                    f.knowledgeAndSkills(), f.domains(), f.competencies()));
        }

        private ProfileCode code(String suffix) {
            return ProfileCode.of(group + "." + suffix);
        }

        private void version(FunctionProfile profile) {
            if (versions.size() < count) {
                versions.add(new ProfileVersion(profile.code(), 1, VersionStatus.DEFINITIEF, DemoHouse.EFFECTIVE_DATE,
                        DemoHouse.AUTHOR, SAVED_AT, "Gegenereerd", profile));
            }
        }
    }
}
