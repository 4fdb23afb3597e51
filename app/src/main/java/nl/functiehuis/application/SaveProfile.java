package nl.functiehuis.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.HouseCatalog;
import nl.functiehuis.house.HouseIntegrity;
import nl.functiehuis.house.HouseListener;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.Problem;
import nl.functiehuis.house.ProfileEdit;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.house.StaleEdit;
import nl.functiehuis.house.Transactions;
import nl.functiehuis.profile.FunctionProfile;
import nl.functiehuis.profile.ProfileCode;

/**
 * Saves a profile as a new version. Refuses, changing nothing, when the profile refers to what the
 * house does not have ({@link InvalidInput}) or when a newer version was saved meanwhile ({@link StaleEdit}).
 * The listener hears of every version saved.
 */
public final class SaveProfile {
    private final FunctionProfiles profiles;
    private final HouseCatalog catalog;
    private final Transactions transactions;
    private final Clock clock;
    private final HouseListener listener;

    public SaveProfile(FunctionProfiles profiles, HouseCatalog catalog, Transactions transactions, Clock clock,
            HouseListener listener) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
        this.listener = listener;
    }

    public ProfileVersion save(ProfileEdit edit, String author) {
        return transactions.inTransaction(() -> {
            FunctionProfile profile = edit.profile();
            List<Problem> problems = new ArrayList<>(
                    new HouseIntegrity(catalog.dictionaries(), catalog.series()).check(profile, "profile"));
            problems.addAll(codeClashes(profiles, profile, "profile"));
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            int latest = profiles.latest(profile.code().value()).map(ProfileVersion::number).orElse(0);
            if (edit.basedOn() != latest) {
                throw new StaleEdit(profile.code().value(), edit.basedOn(), latest);
            }
            var version = new ProfileVersion(profile.code(), latest + 1, edit.status(), edit.effectiveDate(), author,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), edit.note(), profile);
            profiles.append(version);
            listener.saved(version);
            return version;
        });
    }

    /** A profile's code and level codes may not already belong to another profile. */
    static List<Problem> codeClashes(FunctionProfiles profiles, FunctionProfile profile, String at) {
        List<Problem> problems = new ArrayList<>();
        String own = profile.code().slug();
        List<ProfileCode> codes = new ArrayList<>(List.of(profile.code()));
        codes.addAll(profile.aliases());
        for (ProfileCode code : codes) {
            profiles.ownerOf(code.value()).filter(owner -> !owner.equals(own)).ifPresent(owner -> problems.add(
                    new Problem(at + ".code", "code " + code + " is al in gebruik bij profiel " + owner)));
        }
        return problems;
    }
}
