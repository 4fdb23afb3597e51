package nl.functiehuis.application;

import nl.functiehuis.house.FunctionProfiles;
import nl.functiehuis.house.InvalidInput;
import nl.functiehuis.house.ProfileVersion;
import nl.functiehuis.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;

/** The profile version a vacancy is built on: it must exist. */
final class VacancyProfiles {
    private VacancyProfiles() {}

    static ProfileVersion find(FunctionProfiles profiles, String code, @Nullable Integer version, String codeField,
            String versionField) {
        ProfileVersion latest = profiles.latest(code).orElseThrow(() -> new InvalidInput(codeField,
                "geen profiel met code '" + code + "'"));
        if (version == null) {
            return latest;
        }
        return profiles.version(code, version).orElseThrow(() -> new InvalidInput(versionField,
                "profiel " + latest.code() + " heeft geen versie " + version + " (laatste versie: " + latest.number() + ")"));
    }

    /** A vacancy naming a profile must name an existing version of it. */
    static void check(FunctionProfiles profiles, Vacancy vacancy) {
        if (vacancy.profileCode() != null) {
            find(profiles, vacancy.profileCode(), vacancy.profileVersion(), "profileCode", "profileVersion");
        } else if (vacancy.profileVersion() != null) {
            throw new InvalidInput("profileCode", "is verplicht als een profielversie is opgegeven");
        }
    }
}
