package nl.functiehuis.search;

import java.util.ArrayList;
import java.util.List;
import nl.functiehuis.house.VersionStatus;
import nl.functiehuis.profile.ProfileKind;
import org.jspecify.annotations.Nullable;

/**
 * A profile as the index holds it: what is shown, what is filtered and counted, and every text. Kept
 * whole in stored fields, so the index can analyse its documents again when the word parts grow.
 */
record IndexedProfile(
        String slug,
        String code,
        List<String> codes,
        String title,
        @Nullable String subtitle,
        ProfileKind kind,
        VersionStatus status,
        @Nullable String series,
        @Nullable String group,
        List<Integer> scales,
        List<String> competencies,
        List<String> levels,
        List<String> qualifications,
        List<String> texts) {

    IndexedProfile {
        codes = List.copyOf(codes);
        scales = List.copyOf(scales);
        competencies = List.copyOf(competencies);
        levels = List.copyOf(levels);
        qualifications = List.copyOf(qualifications);
        texts = List.copyOf(texts);
    }

    /** The texts whose words become compound parts: title, subtitle, competency and qualification names. */
    List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        words.add(title);
        if (subtitle != null) {
            words.add(subtitle);
        }
        words.addAll(competencies);
        words.addAll(qualifications);
        return words;
    }

    /** The facet value of a competency at a behaviour level. */
    static String level(String competency, String letter) {
        return competency + ":" + letter;
    }
}
