package nl.functiehuis.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseIntegrity;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.importer.DraftProfile;
import nl.functiehuis.profile.FunctionProfile;

/**
 * Stores a document's profiles through {@link SaveProfile}: a new code becomes version 1, a changed
 * profile (content, status or effective date) a new version, an identical one is left alone. Every
 * draft is checked first, so a document with one unusable profile stores none.
 */
final class ProfileImport {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;
    private final SaveProfile save;

    ProfileImport(FunctionProfiles profiles, HouseCatalog catalog, SaveProfile save) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.save = save;
    }

    /** The drafts with their competencies matched to their dictionary; problems go to the log. */
    List<DraftProfile> prepare(List<DraftProfile> drafts, ReferenceDataImport.Replaced replaced, ImportLog log) {
        var integrity = new HouseIntegrity(catalog.dictionaries(), catalog.series());
        List<DraftProfile> matched = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (DraftProfile draft : drafts) {
            FunctionProfile profile = draft.profile();
            String at = "profiel " + profile.code();
            if (!slugs.add(profile.code().slug())) {
                log.problem(at, "het document bevat twee profielen met code " + profile.code());
            }
            var dictionary = Optional.ofNullable(profile.dictionary()).flatMap(catalog::dictionary);
            DraftProfile m = CompetencyMatching.matched(draft, dictionary, log);
            log.problems(integrity.check(m.profile(), at));
            log.problems(SaveProfile.codeClashes(profiles, m.profile(), at));
            matched.add(m);
        }
        if (replaced.any()) {
            for (ProfileVersion stored : profiles.latestOfAll()) {
                if (!slugs.contains(stored.code().slug())) {
                    log.problems(integrity.check(stored.profile(), "opgeslagen profiel " + stored.code()));
                }
            }
        }
        return matched;
    }

    void store(List<DraftProfile> drafts, String source, String author, ImportLog log) {
        for (DraftProfile draft : drafts) {
            FunctionProfile profile = draft.profile();
            Optional<ProfileVersion> latest = profiles.latest(profile.code().value());
            String code = profile.code().value();
            if (latest.isPresent() && same(latest.get(), draft)) {
                log.item(ImportOutcome.Type.PROFILE, code, profile.title(), ImportOutcome.Action.UNCHANGED,
                        latest.get().number());
                continue;
            }
            int base = latest.map(ProfileVersion::number).orElse(0);
            ProfileVersion saved = save.save(new ProfileEdit(profile, base, draft.status(), draft.effectiveDate(),
                    "Geïmporteerd uit " + source), author);
            log.item(ImportOutcome.Type.PROFILE, code, profile.title(),
                    base == 0 ? ImportOutcome.Action.CREATED : ImportOutcome.Action.NEW_VERSION, saved.number());
        }
    }

    private static boolean same(ProfileVersion stored, DraftProfile draft) {
        return stored.profile().equals(draft.profile()) && stored.status() == draft.status()
                && Objects.equals(stored.effectiveDate(), draft.effectiveDate());
    }
}
